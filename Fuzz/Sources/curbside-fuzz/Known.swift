/// Inputs of a known defect not fixed yet, skipped when `CURBSIDE_FUZZ_KNOWN` names it, so a
/// long campaign explores past it instead of stopping there every few seconds.
extension FuzzTarget {
    /// The bytes of the one file the target writes when it may be read as XML (graphml,
    /// gexf, and detect/store, whose first byte picks the file name); nil for other targets.
    func xmlBytes(_ input: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        switch name {
        case "graphml", "gexf": return input
        case "detect", "store": return input.dropFirst()
        default: return nil
        }
    }
}

/// `xml-fallback`: XMLGraphReader sends a file that is not UTF-8 (a UTF-16 byte order mark, a
/// NUL in its first two bytes, an `encoding` other than UTF-8/ASCII in its XML declaration) to
/// Foundation's `XMLParser`, which crashes on some of them (issue #11, the XML fallback).
/// A copy of `XMLTokenizer.needsFallback` (internal to CurbsideImport) over the first 1,024
/// bytes, as the reader looks: drop this switch once the fallback is fixed.
enum XMLFallback {
    static func needed(_ file: ArraySlice<UInt8>) -> Bool {
        let prefix = file.prefix(1024)
        guard prefix.count >= 2 else { return false }
        let b0 = prefix[prefix.startIndex], b1 = prefix[prefix.startIndex + 1]
        if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0 { return true }
        var bytes = prefix
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.starts(with: Array("<?xml".utf8)), let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return false }
        let declaration = String(decoding: bytes[..<close], as: UTF8.self).lowercased()
        guard let r = declaration.range(of: "encoding") else { return false }
        let rest = declaration[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\"" || $0 == "'" }
        let encoding = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }
        guard let first = encoding.first, first.isASCII, first.isLetter,
              encoding.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") })
        else { return false }
        return !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(encoding))
    }
}
