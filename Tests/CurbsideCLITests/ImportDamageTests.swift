import Foundation
import XCTest
import ZIPFoundation

/// `curbside import` on damaged and unreadable inputs (issue #11): it never hangs, never
/// imports damage, and says what is wrong with the right exit code, leaving the store as it was.
final class ImportDamageTests: XCTestCase {
    private let manifest = #"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#
    private let follower = #"window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } } ]"#

    /// An X archive zip with stored (uncompressed) entries, so its data can be edited as text.
    private func storedArchive(in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("archive.zip")
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        for (path, text) in [("data/manifest.js", manifest), ("data/follower.js", follower)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) {
                position, size in bytes.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return url
    }

    private func sourceCount(_ db: String) -> String? { sqliteRows(db, "SELECT count(*) FROM source").first?.first }

    /// Item 3: a digit changed inside a stored data/follower.js imported the wrong id with exit 0.
    func testDamagedZipEntryIsBadInputAndLeavesTheStoreAsItWas() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let clean = try storedArchive(in: dir)
        let damaged = dir.appendingPathComponent("damaged.zip")
        var bytes = try Data(contentsOf: clean)
        let digit = try XCTUnwrap(bytes.range(of: Data(#""2000""#.utf8))).lowerBound + 1
        bytes[digit] = UInt8(ascii: "7")
        try bytes.write(to: damaged)
        XCTAssertEqual(try CLI.run(["import", clean.path, "--db", db]).status, 0)
        let edgesBefore = sqliteRows(db, "SELECT * FROM edge ORDER BY 1")
        for flags in [[], ["--lenient"]] {
            let r = try CLI.run(["import", damaged.path, "--db", db] + flags, deadline: 60)
            XCTAssertEqual(r.status, 3, r.stderr)
            XCTAssertEqual(r.stderr, "error: \(damaged.path): data/follower.js: zip entry: expected data matching its CRC-32 (the entry is damaged)\n")
            XCTAssertEqual(sourceCount(db), "1")
            XCTAssertEqual(sqliteRows(db, "SELECT * FROM edge ORDER BY 1"), edgesBefore)
            XCTAssertEqual(sqliteRows(db, "SELECT count(*) FROM account WHERE platform_id = '7000'"), [["0"]])
        }
    }

    /// Item 9: a file or folder that exists but cannot be read is a runtime failure (exit 1)
    /// saying so, not "none matched; pass --format" (exit 3). Root reads everything whatever
    /// the mode bits, so as root the CLI runs as `nobody` (uid 65534) through setpriv(1).
    func testUnreadableInputsAreRuntimeFailuresNotUnknownFormats() throws {
        let fm = FileManager.default
        let dir = temporaryDirectory()
        try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path) // nobody writes the store here
        let db = dir.appendingPathComponent("s.sqlite").path
        func file(_ name: String, _ text: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
            return url.path
        }
        let csv = try file("edges.csv", "source,target\na_fic,b_fic\n")
        let snap = try file("edges.txt", "1 2\n")
        let zip = try storedArchive(in: dir).path
        let locked = try file("locked/edges.csv", "source,target\na_fic,b_fic\n")
        _ = try file("archive/data/manifest.js", manifest)
        let innerFile = try file("archive/data/follower.js", follower)
        _ = try file("archive2/data/manifest.js", manifest)
        for path in [csv, snap, zip, innerFile] { try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path) }
        let lockedFolder = URL(fileURLWithPath: locked).deletingLastPathComponent().path
        let dataFolder = dir.appendingPathComponent("archive2/data").path
        for path in [lockedFolder, dataFolder] { try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path) }
        for path in [dir.path, dir.appendingPathComponent("archive").path, dir.appendingPathComponent("archive/data").path,
                     dir.appendingPathComponent("archive2").path] {
            try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)

        func importAsUser(_ path: String, _ flags: [String] = []) throws -> CLIResult {
            let arguments = ["import", path, "--db", db] + flags
            guard getuid() == 0 else { return try CLI.run(arguments, deadline: 60) }
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            guard fm.isExecutableFile(atPath: setpriv.path) else {
                throw XCTSkip("running as root and /usr/bin/setpriv (util-linux) is absent: cannot drop privileges to test permissions")
            }
            return try CLI.run(executable: setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                     CLI.productsDirectory.appendingPathComponent("curbside").path] + arguments,
                               deadline: 60)
        }
        let cases: [(given: String, named: String, flags: [String])] = [
            (csv, csv, []), (snap, snap, []), (zip, zip, []), (zip, zip, ["--format", "x-archive"]),
            (lockedFolder, lockedFolder, []), (dir.appendingPathComponent("archive").path, innerFile, []),
            (dir.appendingPathComponent("archive2").path, dataFolder, []), (csv, csv, ["--lenient"]),
        ]
        for (given, named, flags) in cases {
            let r = try importAsUser(given, flags)
            XCTAssertEqual(r.status, 1, "\(given) \(flags): \(r.stderr)")
            XCTAssertEqual(r.stderr, "error: \(named): cannot read: permission denied\n", "\(given) \(flags)")
        }
        XCTAssertEqual(sourceCount(db), "0")
    }

    /// Item 7: 23 handles `nul\0byte_N_fic` were all stored as `nul` (exit 0). Strict: bad
    /// input naming line and column; lenient: 23 distinct handles, NUL removed and counted.
    func testNulBytesNeverCutStoredFields() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let csv = dir.appendingPathComponent("nodes.csv")
        var text = "id,handle,bio\n"
        for n in 1 ... 23 { text += "\(n),nul\u{0}byte_\(n)_fic,Fictional GP\u{0} teaching\n" }
        try Data(text.utf8).write(to: csv)
        let strict = try CLI.run(["import", csv.path, "--db", db])
        XCTAssertEqual(strict.status, 3)
        XCTAssertEqual(strict.stderr, "error: nodes.csv: line 2: expected no NUL byte in the handle column (it would cut the value short)\n")
        XCTAssertEqual(sourceCount(db), "0")
        let lenient = try CLI.run(["import", csv.path, "--db", db, "--lenient"])
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        XCTAssertTrue(lenient.stderr.contains("note: NUL bytes removed from 46 fields (bio column 23, handle column 23)"), lenient.stderr)
        XCTAssertEqual(sqliteRows(db, "SELECT count(DISTINCT handle), min(handle), min(bio) FROM account"),
                       [["23", "nulbyte_10_fic", "Fictional GP teaching"]])
    }
}
