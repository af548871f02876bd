/// A CAR v1 file ("content-addressable archive"), the container of a Bluesky repository export.
///
/// Layout, all lengths unsigned LEB128 varints:
///
/// ```text
/// varint(header length)  DAG-CBOR header {"roots": [CID, …], "version": 1}
/// varint(section length) binary CID  block bytes      ← repeated to the end of the file
/// ```
///
/// Each block's bytes hash (SHA-256) to the digest in its CID: that is what makes the
/// archive content-addressed, and ``index(file:context:)`` checks it for every block, so a
/// corrupted or tampered block is reported (at its byte offset) rather than imported.
/// Blocks arrive in no particular order, so they are indexed by CID and looked up as the
/// repository is walked.
struct CARFile {
    /// Where a block's bytes lie in the file, and where its section starts (for messages).
    struct Block {
        var data: Range<Int>
        var sectionStart: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var roots: [CID] = []
    private(set) var blocks: [CID: Block] = [:]
    /// Sections read (blocks with a repeated CID included).
    private(set) var sectionCount = 0
    /// Blocks whose content did not match their CID (lenient mode only; strict mode throws).
    private(set) var corrupt: Set<CID> = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads the header and indexes every block, verifying its hash.
    ///
    /// - Throws: ``ImportError`` for an unreadable header (always), a truncated section (a
    ///   strict error; in lenient mode the file is read up to there) or a hash mismatch
    ///   (strict; lenient skips the block).
    mutating func index(file: String, context: ImportContext) throws {
        let b = bytes
        let end = b.count
        var pos = 0
        let decoder = DagCBORDecoder(b)
        func fail(_ e: CBORError, _ what: String) -> ImportError {
            ImportError(file: file, location: "byte \(e.offset)", expected: "\(e.expected) in \(what)", reason: e.reason)
        }
        // Header.
        let headerLength: UInt64
        do { headerLength = try readVarint(b, &pos, end: end) } catch { throw fail(error, "the CAR header length") }
        guard headerLength > 0, headerLength <= UInt64(end - pos) else {
            throw ImportError(file: file, location: "byte 0", expected: "a CAR header length within the file (\(end) bytes)",
                              reason: "cbor-truncated")
        }
        let headerRange = pos ..< pos + Int(headerLength)
        let header: CBORValue
        do { header = try decoder.decode(headerRange) } catch { throw fail(error, "the CAR header") }
        guard let version = decoder.int(decoder.field(header, "version")), version == 1 else {
            throw ImportError(file: file, location: "byte \(headerRange.lowerBound)",
                              expected: "a CAR version 1 header {roots, version: 1} (CARv2 files are not read: unwrap them to v1)",
                              reason: "bad-car-header")
        }
        guard case let .array(rootValues)? = decoder.field(header, "roots") else {
            throw ImportError(file: file, location: "byte \(headerRange.lowerBound)", expected: "a `roots` array of CID links in the CAR header",
                              reason: "bad-car-header")
        }
        for value in rootValues {
            guard case let .link(cid) = value else {
                throw ImportError(file: file, location: "byte \(headerRange.lowerBound)", expected: "CID links in the CAR header's `roots`",
                                  reason: "bad-car-header")
            }
            roots.append(cid)
        }
        pos = headerRange.upperBound
        // Sections.
        blocks.reserveCapacity(min(end / 64, 1 << 20))
        while pos < end {
            let sectionStart = pos
            do {
                let length = try readVarint(b, &pos, end: end)
                guard length <= UInt64(end - pos) else {
                    throw CBORError(offset: sectionStart,
                                    expected: "a block section of \(length) bytes (only \(end - pos) remain: the file is truncated)",
                                    reason: "cbor-truncated")
                }
                let sectionEnd = pos + Int(length)
                let cid = try CID.parse(b, &pos, end: sectionEnd)
                sectionCount += 1
                let data = pos ..< sectionEnd
                pos = sectionEnd
                var hash = SHA256()
                hash.update(UnsafeBufferPointer(rebasing: b[data]))
                guard cid.matches(hash.finalize()) else {
                    corrupt.insert(cid)
                    try context.reject(ImportError(file: file, location: "byte \(sectionStart)",
                                                   expected: "block bytes whose SHA-256 matches their CID (the block is corrupt)",
                                                   reason: "cid-mismatch"))
                    continue
                }
                if blocks[cid] == nil { blocks[cid] = Block(data: data, sectionStart: sectionStart) }
            } catch let error as CBORError {
                // A section that cannot be delimited leaves nothing to resynchronise on.
                try context.reject(fail(error, "a CAR block section"))
                return
            }
        }
    }
}
