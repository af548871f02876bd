import CurbsideStore

/// A sink that checks what a reader sends against what the store relies on, keeps a digest
/// of the record stream (so a strict and a lenient read of one input can be compared) and
/// the distinct account keys (so a store import can be checked), and drops the records.
///
/// A broken invariant is a finding: the harness stops with ``fail(_:)``, which libFuzzer
/// reports as a crash and saves the input.
final class CheckingSink: RecordSink {
    private(set) var digest = Digest()
    private(set) var accountKeys = Set<AccountKey>()
    private(set) var records = 0
    private(set) var accounts = 0
    private(set) var edges = 0
    private(set) var hashtags = 0

    func account(_ r: AccountRecord) throws {
        key(r.key, "account")
        for (field, value) in [("handle", r.handle), ("name", r.name), ("bio", r.bio), ("location", r.location),
                               ("specialty", r.specialty)] {
            if let value { text(value, "account.\(field)", mayBeEmpty: true) }
        }
        if let n = r.followersCount, n < 0 { fail("account.followersCount is negative") }
        if let n = r.followingCount, n < 0 { fail("account.followingCount is negative") }
        digest.addByte(1)
        digest.add(r.key.platform); digest.add(r.key.id)
        for value in [r.handle, r.name, r.bio, r.location, r.specialty] { digest.add(value ?? "\u{1}nil") }
        digest.add(Int64(r.followersCount ?? -1)); digest.add(Int64(r.followingCount ?? -1)); digest.add(r.createdAt ?? .min)
        records += 1
        accounts += 1
    }

    func edge(_ r: EdgeRecord) throws {
        key(r.source, "edge.source")
        key(r.target, "edge.target")
        text(r.kind, "edge.kind", mayBeEmpty: false)
        times(count: r.count, r.firstAt, r.lastAt, "edge")
        for tag in r.hashtags ?? [] { text(tag, "edge.hashtags[]", mayBeEmpty: false) }
        digest.addByte(2)
        digest.add(r.source.platform); digest.add(r.source.id); digest.add(r.target.platform); digest.add(r.target.id)
        digest.add(r.kind); digest.add(Int64(r.count)); digest.add(r.firstAt ?? .min); digest.add(r.lastAt ?? .min)
        for tag in r.hashtags ?? [] { digest.add(tag) }
        records += 1
        edges += 1
    }

    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {
        // The protocol promises valid UTF-8; a lossy decode that differs from the bytes breaks it.
        for (bytes, what) in [(source, "edge.source"), (target, "edge.target")] {
            if String(validating: bytes, as: UTF8.self) == nil { fail("\(what).id (bytes) is not valid UTF-8") }
        }
        try edge(EdgeRecord(source: AccountKey(platform: platform, id: String(decoding: source, as: UTF8.self)),
                            target: AccountKey(platform: platform, id: String(decoding: target, as: UTF8.self)),
                            kind: kind, count: count, firstAt: firstAt, lastAt: lastAt))
    }

    func hashtag(_ r: HashtagRecord) throws {
        key(r.account, "hashtag.account")
        text(r.tag, "hashtag.tag", mayBeEmpty: false)
        times(count: r.count, r.firstAt, r.lastAt, "hashtag")
        digest.addByte(3)
        digest.add(r.account.platform); digest.add(r.account.id); digest.add(r.tag); digest.add(Int64(r.count))
        digest.add(r.firstAt ?? .min); digest.add(r.lastAt ?? .min)
        records += 1
        hashtags += 1
    }

    // MARK: Invariants

    private func key(_ k: AccountKey, _ what: String) {
        text(k.platform, "\(what).platform", mayBeEmpty: false)
        text(k.id, "\(what).id", mayBeEmpty: false)
        accountKeys.insert(k)
    }

    /// No NUL (SQLite's text binding and C strings cut there), non-empty where the store needs a value.
    private func text(_ s: String, _ what: String, mayBeEmpty: Bool) {
        if !mayBeEmpty, s.isEmpty { fail("\(what) is empty") }
        if s.utf8.contains(0) { fail("\(what) contains a NUL byte") }
    }

    private func times(count: Int, _ first: Int64?, _ last: Int64?, _ what: String) {
        if count < 1 { fail("\(what).count is \(count), expected at least 1") }
        if let first, let last, first > last { fail("\(what).firstAt is after lastAt") }
    }
}

/// FNV-1a over the record stream: equal streams, equal digests.
struct Digest: Equatable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func addByte(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    mutating func add(_ n: Int64) {
        var n = UInt64(bitPattern: n)
        for _ in 0 ..< 8 { addByte(UInt8(truncatingIfNeeded: n)); n >>= 8 }
    }

    mutating func add(_ s: String) {
        for b in s.utf8 { addByte(b) }
        add(Int64(s.utf8.count))
    }
}

/// Stops the process with a message libFuzzer shows next to the saved input.
func fail(_ message: String) -> Never {
    FuzzTarget.reportFailure(message)
}
