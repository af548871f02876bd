import Foundation

extension ImportResult {
    /// Count keys (``counts``) of records a reader reads and passes over on purpose, giving no
    /// tie: an author replying to or boosting themselves, a reference to a post not in the
    /// export, an edit superseded by a later version, a hyperedge, a SNAP counts header or
    /// cut-off last line. With the skipped bad records they make ``withoutTieByReason``.
    public static let withoutTieReasons: Set<String> = [
        "self-reply", "self-boost", "self-edge", "quote-unresolved", "quote-no-author", "reference-unresolved",
        "reply-unresolved", "boost-unresolved", "like-unresolved", "edit-superseded", "uri-not-did", "other-activity",
        "hyperedge", "header-line", "dropped-partial-line",
    ]

    /// Records read that gave no tie, per reason: ``skippedByReason`` (bad records, lenient
    /// mode) and the counts of ``withoutTieReasons``. Self-loops are ties (``selfLoops``).
    public var withoutTieByReason: [String: Int] {
        var reasons = skippedByReason
        for (key, n) in counts where n > 0 && Self.withoutTieReasons.contains(key) { reasons[key, default: 0] += n }
        return reasons
    }

    /// Rows of an edge list whose two ends are one account, kept as ties (count `self-loop`).
    public var selfLoops: Int { counts["self-loop"] ?? 0 }

    /// Whether the source gave no account, no tie and no hashtag.
    public var importedNothing: Bool {
        (counts["edge"] ?? 0) == 0 && (counts["account"] ?? 0) == 0 && (counts["hashtag"] ?? 0) == 0
    }
}

extension ImportContext {
    /// A warning, once per text.
    func warn(_ text: String) {
        if !result.warnings.contains(text) { result.warnings.append(text) }
    }

    /// Warns when a well-formed source gave nothing (an empty file, a header without rows,
    /// a graph file of declarations only), unless its reader said why already: an import of
    /// nothing is never a silent "0 records read".
    func warnIfNothingImported(_ source: PreparedSource) {
        guard result.importedNothing, result.warnings.isEmpty else { return }
        let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
        let size = source.files.reduce(0) { total, file in
            total + (((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0)
        }
        if size == 0 && source.files.count <= 1 {
            warn("\(name): the file is empty: no account and no tie imported")
        } else if result.recordsRead == 0 {
            warn("\(name): no records (only a header, comments or declarations): no account and no tie imported")
        } else if result.recordsSkipped == result.recordsRead {
            warn("\(name): every one of its \(result.recordsRead) records was skipped: no account and no tie imported")
        } else {
            warn("\(name): \(result.recordsRead) records read, none of them an account or a tie: nothing imported")
        }
    }
}
