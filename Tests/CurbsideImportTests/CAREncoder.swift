@testable import CurbsideImport
import Foundation

/// A small DAG-CBOR and CAR v1 encoder for building Bluesky repository fixtures in tests.
///
/// Maps are written with their keys in DAG-CBOR order (shorter first, then bytewise), so
/// the output is what a real PDS writes; ``TestCBOR/raw(_:)`` splices bytes in as they are,
/// to build the malformed inputs the decoder must reject.
indirect enum TestCBOR {
    case int(Int)
    case text(String)
    case bytes([UInt8])
    case array([TestCBOR])
    case map([(String, TestCBOR)])
    /// A tag-42 link to a block, given its binary CID.
    case link([UInt8])
    case null
    case bool(Bool)
    case float(Double)
    /// Bytes written as they are (one complete or deliberately broken item).
    case raw([UInt8])

    static func head(_ major: UInt8, _ n: UInt64) -> [UInt8] {
        let m = major << 5
        switch n {
        case 0 ..< 24: return [m | UInt8(n)]
        case 24 ..< 0x100: return [m | 24, UInt8(n)]
        case 0x100 ..< 0x1_0000: return [m | 25, UInt8(n >> 8), UInt8(n & 0xff)]
        case 0x1_0000 ..< 0x1_0000_0000: return [m | 26] + (0 ..< 4).reversed().map { UInt8((n >> (8 * UInt64($0))) & 0xff) }
        default: return [m | 27] + (0 ..< 8).reversed().map { UInt8((n >> (8 * UInt64($0))) & 0xff) }
        }
    }

    var encoded: [UInt8] {
        switch self {
        case let .int(v): return v >= 0 ? TestCBOR.head(0, UInt64(v)) : TestCBOR.head(1, UInt64(-1 - v))
        case let .text(s): return TestCBOR.head(3, UInt64(s.utf8.count)) + Array(s.utf8)
        case let .bytes(b): return TestCBOR.head(2, UInt64(b.count)) + b
        case let .array(items): return TestCBOR.head(4, UInt64(items.count)) + items.flatMap(\.encoded)
        case let .map(entries):
            let sorted = entries.sorted { a, b in
                a.0.utf8.count != b.0.utf8.count ? a.0.utf8.count < b.0.utf8.count : Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8))
            }
            return TestCBOR.head(5, UInt64(sorted.count)) + sorted.flatMap { TestCBOR.text($0.0).encoded + $0.1.encoded }
        case let .link(cid): return [0xD8, 42] + TestCBOR.bytes([0] + cid).encoded
        case .null: return [0xF6]
        case let .bool(b): return [b ? 0xF5 : 0xF4]
        case let .float(d): return [0xFB] + (0 ..< 8).reversed().map { UInt8((d.bitPattern >> (8 * UInt64($0))) & 0xff) }
        case let .raw(b): return b
        }
    }
}

/// Collects blocks and writes a CAR v1 file; remembers where each block's section starts.
struct CARBuilder {
    private(set) var sections: [(cid: [UInt8], data: [UInt8])] = []

    static func varint(_ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        var v = UInt64(n)
        repeat {
            var byte = UInt8(v & 0x7f)
            v >>= 7
            if v != 0 { byte |= 0x80 }
            out.append(byte)
        } while v != 0
        return out
    }

    /// CIDv1, dag-cbor, sha2-256 of `data`.
    static func cid(of data: [UInt8]) -> [UInt8] {
        var h = SHA256()
        h.update(data)
        return [0x01, 0x71, 0x12, 0x20] + h.finalize()
    }

    /// Adds a block and returns its CID.
    @discardableResult
    mutating func add(_ value: TestCBOR) -> [UInt8] {
        let data = value.encoded
        let cid = CARBuilder.cid(of: data)
        sections.append((cid, data))
        return cid
    }

    /// Adds a block under a CID that does not match it (for hash-mismatch tests).
    mutating func addRaw(cid: [UInt8], data: [UInt8]) {
        sections.append((cid, data))
    }

    /// The file, and the byte offset where each section starts (same order as added).
    func build(root: [UInt8]) -> (bytes: [UInt8], offsets: [Int]) {
        let header = TestCBOR.map([("version", .int(1)), ("roots", .array([.link(root)]))]).encoded
        var out = CARBuilder.varint(header.count) + header
        var offsets: [Int] = []
        for s in sections {
            offsets.append(out.count)
            out += CARBuilder.varint(s.cid.count + s.data.count) + s.cid + s.data
        }
        return (out, offsets)
    }
}

/// Builds a Bluesky repository: records under `collection/rkey` keys, an MST, a commit.
struct RepoBuilder {
    var did: String
    var version = 3
    var car = CARBuilder()
    var records: [(key: String, value: TestCBOR)] = []

    init(did: String) { self.did = did }

    mutating func record(_ key: String, _ value: TestCBOR) { records.append((key, value)) }

    /// One MST node holding `entries` (key, record CID) in the order given, prefix-compressed.
    static func node(_ entries: [(String, [UInt8])], left: [UInt8]? = nil, rights: [[UInt8]?]? = nil) -> TestCBOR {
        var previous: [UInt8] = []
        var list: [TestCBOR] = []
        for (i, (key, cid)) in entries.enumerated() {
            let k = Array(key.utf8)
            var p = 0
            while p < min(previous.count, k.count), previous[p] == k[p] { p += 1 }
            let right = rights?[i] ?? nil
            list.append(.map([("p", .int(p)), ("k", .bytes(Array(k[p...]))), ("v", .link(cid)),
                              ("t", right.map { .link($0) } ?? .null)]))
            previous = k
        }
        return .map([("l", left.map { .link($0) } ?? .null), ("e", .array(list))])
    }

    /// Adds the records, a two-level MST (the first `split` keys in a left subtree) and the
    /// commit; returns the file and the builder's section offsets.
    mutating func build(sorted: Bool = true, split: Int? = nil) -> (bytes: [UInt8], offsets: [Int], cids: [[UInt8]]) {
        let ordered = sorted ? records.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) } : records
        let cids = ordered.map { car.add($0.value) }
        let entries = Array(zip(ordered.map(\.key), cids))
        let root: [UInt8]
        if let split, split > 0, split < entries.count {
            let left = car.add(RepoBuilder.node(Array(entries[..<split])))
            root = car.add(RepoBuilder.node(Array(entries[split...]), left: left))
        } else {
            root = car.add(RepoBuilder.node(entries))
        }
        var commit: [(String, TestCBOR)] = [("did", .text(did)), ("version", .int(version)), ("data", .link(root)),
                                            ("prev", .null), ("sig", .bytes([UInt8](repeating: 7, count: 64)))]
        if version == 3 { commit.append(("rev", .text("3kfictionalrev22"))) }
        let commitCID = car.add(.map(commit))
        let (bytes, offsets) = car.build(root: commitCID)
        return (bytes, offsets, cids)
    }
}
