import CurbsideRecords
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file or folder the command could not write: the path and the reason in plain words.
/// Exit code 1 (a runtime failure, not bad input).
struct OutputError: ShapedError {
    var path: String
    var reason: String

    var description: String { "cannot write \(path): \(reason)" }
    var shape: ErrorShape { ErrorShape(code: "cannot-write", location: path, cause: reason, exit: .runtimeFailure) }

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `errno` (or the POSIX code inside a Foundation error) of a failed write of `path`, in words.
    init(path: String, errno code: Int32) {
        self.init(path: path, reason: Self.words(errno: code, path: path))
    }

    init(path: String, error: Error) {
        if let e = error as? OutputError { self = e; return }
        self.init(path: path, reason: Self.posixCode(of: error).map { Self.words(errno: $0, path: path) } ?? "the write failed")
    }

    /// The one place a system error becomes words.
    static func words(errno code: Int32, path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        switch code {
        case ENOSPC: return "no space left on the device"
        case EDQUOT: return "the disk quota is used up"
        case EFBIG: return "the file grew past the size this process may write (file system or ulimit -f)"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "the folder \(folder.isEmpty ? "." : folder) does not exist"
        case ENOTDIR: return "a part of the path exists and is not a folder"
        case EEXIST: return "it exists and is not a folder"
        case EISDIR: return "it is a folder"
        case ENAMETOOLONG: return "the name is too long"
        case EIO: return "input/output error on the device"
        case EPIPE: return "the program reading it has closed it (broken pipe)"
        case EBADF: return "it is not open for writing"
        default: return "the write failed (error \(code))"
        }
    }

    /// The POSIX error code behind a Foundation or Swift error, when there is one.
    static func posixCode(of error: Error) -> Int32? {
        if let e = error as? POSIXError { return e.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error, let code = posixCode(of: underlying) { return code }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch ns.code {
        case NSFileWriteFileExistsError: return EEXIST
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return EACCES
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteVolumeReadOnlyError: return EROFS
        default: return nil
        }
    }
}

/// A command's results on standard output, written with `write(2)`. A failed write (a full
/// disk, `/dev/full`, a closed pipe) is kept and later writes are dropped; ``finish()``, which
/// `Entry` calls when the command returns, throws it (exit 1, "cannot write standard output:
/// no space left on the device") instead of Foundation's trap in `FileHandle.write` or a
/// silent exit 0 with `print`'s buffer lost.
enum StandardOutput {
    static let name = "standard output"
    nonisolated(unsafe) private static var failure: OutputError?

    static func write(_ bytes: Data) {
        guard failure == nil else { return }
        do {
            try OutputFiles.writeAll(bytes, fd: STDOUT_FILENO, path: name)
        } catch {
            failure = OutputError(path: name, error: error)
        }
    }

    static func write(_ text: String) { write(Data(text.utf8)) }

    /// Flushes what `print` buffered, then throws the first failed write, if any.
    static func finish() throws {
        // fflush(nil) flushes every stream; stdout is the one a command writes.
        if fflush(nil) != 0, failure == nil { failure = OutputError(path: name, errno: errno) }
        if let failure { throw failure }
    }
}

/// Writing a command's output files so that a failure leaves nothing half-written: a file
/// goes to a temporary sibling and is renamed over its path; a folder of files is written in
/// a temporary sibling folder and moved into place at the end.
enum OutputFiles {
    /// The path in a NUL-terminated template that `mkstemp`/`mkdtemp` filled in.
    static func pathString(_ template: [CChar]) -> String {
        String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes `bytes` to `path` through a temporary file beside it, renamed into place (an
    /// existing file is replaced, as before).
    static func write(_ bytes: Data, to path: String) throws {
        try requireWritablePlace(path)
        let (folder, name) = split(path)
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
        let temporary = pathString(template)
        do {
            try writeAll(bytes, fd: fd, path: path)
            fchmod(fd, 0o666 & ~currentUmask)
            guard close(fd) == 0 else { throw OutputError(path: path, errno: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError(path: path, errno: code)
        }
    }

    /// A folder being written: files go to a temporary sibling of `path`; ``commit()`` moves
    /// them into place. Until then `path` is untouched, and ``discard()`` (or a failed write)
    /// removes the temporary folder.
    final class Folder {
        let path: String
        private let temporary: String
        private var files: [String] = []
        private var done = false

        /// Creates the temporary folder (and `path`'s missing parent folders, as before).
        /// Throws when `path` exists and is not a folder.
        init(_ path: String) throws {
            self.path = path
            try OutputFiles.requireFolderOrNothing(path)
            let (parent, name) = OutputFiles.split(path)
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, error: error)
            }
            // `--out .` writes into the current folder: its temporary folder goes inside it.
            let prefix = name == "." || name == ".." || name == "/" ? "\(path)/.curbside-report" : "\(parent)/.\(name)"
            var template = Array("\(prefix).tmp-XXXXXX".utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                throw OutputError(path: path, errno: errno)
            }
            temporary = OutputFiles.pathString(template)
            chmod(temporary, 0o777 & ~currentUmask)
        }

        deinit { if !done { discard() } }

        /// Writes the file `name` into the folder; on failure the temporary folder is removed.
        func write(_ bytes: Data, name: String) throws {
            let file = "\(temporary)/\(name)"
            let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            do {
                guard fd >= 0 else { throw OutputError(path: "\(path)/\(name)", errno: errno) }
                if !files.contains(name) { files.append(name) }
                try OutputFiles.writeAll(bytes, fd: fd, path: "\(path)/\(name)")
                guard close(fd) == 0 else { throw OutputError(path: "\(path)/\(name)", errno: errno) }
            } catch {
                if fd >= 0 { close(fd) }
                discard()
                throw error
            }
        }

        /// Moves the files into place: the temporary folder becomes `path` when there is none;
        /// into an existing folder each file is renamed over its namesake (other files stay).
        func commit() throws {
            defer { if !done { discard() } }
            try OutputFiles.requireFolderOrNothing(path)
            if !FileManager.default.fileExists(atPath: path) {
                if rename(temporary, path) == 0 {
                    done = true
                    return
                }
                // Created meanwhile: move the files in one by one, as into any existing folder.
                let code = errno
                guard code == EEXIST || code == ENOTEMPTY else { throw OutputError(path: path, errno: code) }
                try OutputFiles.requireFolderOrNothing(path)
            }
            for name in files {
                guard rename("\(temporary)/\(name)", "\(path)/\(name)") == 0 else {
                    throw OutputError(path: "\(path)/\(name)", errno: errno)
                }
            }
            rmdir(temporary)
            done = true
        }

        /// Removes the temporary folder and what was written into it.
        func discard() {
            for name in files { unlink("\(temporary)/\(name)") }
            rmdir(temporary)
            done = true
        }
    }

    /// Throws unless `path` is a folder or absent.
    static func requireFolderOrNothing(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputError(path: path, errno: EEXIST)
        }
    }

    /// Throws unless the file `path` can go where it is named: its folder exists, and `path`
    /// is not a folder itself.
    static func requireWritablePlace(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError(path: path, errno: EISDIR)
        }
        guard FileManager.default.fileExists(atPath: split(path).folder, isDirectory: &isFolder) else {
            throw OutputError(path: path, errno: ENOENT)
        }
        if !isFolder.boolValue { throw OutputError(path: path, errno: ENOTDIR) }
    }

    /// `path`'s folder ("." when none) and last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let folder = (trimmed as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder, (trimmed as NSString).lastPathComponent)
    }

    /// Writes all of `bytes` to `fd`, retrying short writes and interrupted calls.
    static func writeAll(_ bytes: Data, fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: path, errno: errno)
                }
                offset += n
            }
        }
    }

    /// The process's file-mode creation mask.
    static var currentUmask: mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
