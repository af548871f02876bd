import CurbsideGraph
import CurbsideImport
import CurbsideStore
import CurbsideTestSupport
import Foundation
import XCTest
import ZIPFoundation

/// Shared helpers for the importer tests: temp folders, fixtures, the real-data folder.
enum TestSupport {
    /// `../shared/data` next to the repository root (located from this file, not the working directory).
    static var sharedData: URL { Repository.sharedDataFolder }

    /// The path of a real dataset, or an `XCTSkip` when the shared data folder is absent.
    static func dataset(_ relative: String) throws -> String { try Repository.sharedData(relative).path }

    /// `Tests/CurbsideImportTests/Fixtures/<format>` (located from this file).
    static func fixtures(_ format: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(format)")
    }

    /// A fresh temporary directory, removed at the end of the test.
    static func tempDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("curbside-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    @discardableResult
    static func write(_ text: String, to dir: URL, _ name: String) throws -> String {
        try write(Array(text.utf8), to: dir, name)
    }

    @discardableResult
    static func write(_ bytes: [UInt8], to dir: URL, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes a zip named `name` in `dir` holding `entries` (path inside the zip, bytes),
    /// deflated (or stored, with `method: .none`).
    static func zip(_ entries: [(String, Data)], in dir: URL, name: String, method: CompressionMethod = .deflate) throws -> URL {
        let url = dir.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        for (path, bytes) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method) {
                position, size in bytes.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return url
    }

    /// Where the data of the zip entry `entry` lies in the zip file's bytes `zip` (found through
    /// the central directory and the entry's local header).
    static func zipEntryData(_ zip: [UInt8], entry: String) throws -> Range<Int> {
        func u16(_ i: Int) -> Int { Int(zip[i]) | Int(zip[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard let end = stride(from: zip.count - 22, through: 0, by: -1).first(where: { u32($0) == 0x0605_4B50 }) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var at = u32(end + 16)
        for _ in 0 ..< u16(end + 10) {
            let nameCount = u16(at + 28)
            if String(decoding: zip[(at + 46) ..< (at + 46 + nameCount)], as: UTF8.self) == entry {
                let local = u32(at + 42)
                let start = local + 30 + u16(local + 26) + u16(local + 28)
                return start ..< start + u32(at + 20)
            }
            at += 46 + nameCount + u16(at + 30) + u16(at + 32)
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    /// Changes `bytes` bytes (XOR with a non-zero value) at distinct positions inside the
    /// data of the zip entry `entry`, chosen by a SplitMix64 generator seeded with `seed`, so a
    /// seed always damages the same bytes of the same zip.
    static func corruptZipEntry(_ url: URL, entry: String, seed: UInt64, bytes count: Int) throws {
        var zip = [UInt8](try Data(contentsOf: url))
        let range = try zipEntryData(zip, entry: entry)
        guard range.count >= count else { throw CocoaError(.fileReadCorruptFile) }
        var random = SplitMix64(seed: seed)
        var positions = Set<Int>()
        while positions.count < count {
            let p = range.lowerBound + Int(random.next() % UInt64(range.count))
            guard positions.insert(p).inserted else { continue }
            zip[p] ^= UInt8(1 + random.next() % 255)
        }
        try Data(zip).write(to: url)
    }

    /// Prepares and reads `path` into a fresh collector.
    static func load(_ path: String, _ options: ImportOptions = ImportOptions()) throws -> (ImportResult, RecordCollector, PreparedSource) {
        let source = try Importer.prepare(path, options: options)
        let sink = RecordCollector()
        let result = try Importer.read(source, options: options, into: sink)
        return (result, sink, source)
    }

    /// The ImportError thrown by `body`, or a test failure.
    static func importError(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> ImportError? {
        do {
            try body()
            XCTFail("expected an ImportError", file: file, line: line)
        } catch let error as ImportError {
            return error
        } catch {
            XCTFail("expected an ImportError, got \(error)", file: file, line: line)
        }
        return nil
    }
}

extension RecordCollector {
    func edges(_ kind: String) -> [EdgeRecord] { edges.filter { $0.kind == kind } }

    /// Every edge as `source>target:count`, sorted: a file's ties at a glance.
    var tieSummary: [String] { edges.map { "\($0.source.id)>\($0.target.id):\($0.count)" }.sorted() }
}

extension TestSupport {
    /// A committed fixture under `Tests/CurbsideImportTests/Fixtures/` (synthetic, fictional accounts).
    static func fixture(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }
}
