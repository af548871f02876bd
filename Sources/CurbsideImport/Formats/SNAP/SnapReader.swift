import CurbsideRecords

/// Reads SNAP-style whitespace-separated edge lists.
///
/// Format: one edge per line, `src dst [timestamp|weight [code]]`, separated by any run of spaces
/// or tabs. Lines starting with `#` or `%` are comments; blank lines are ignored. Line
/// endings may be LF, CRLF, CR, or the `\r\r\n` of files re-saved on Windows; the last line
/// may lack a terminator. Node ids are kept as written (`007` and `7` differ).
///
/// - Third column: a time (Unix seconds, a fraction dropped, or ISO 8601) or a weight (the
///   tie's count), as ``ImportOptions/thirdColumn`` says or ``Importer/detectThirdColumn(_:skipFirstLine:)``
///   finds. Read as a time without being told, a number that is not a Unix time between
///   2006-03-21 and now is a bad record (`bad-timestamp`), never a silent 1970.
/// - Fourth column: an interaction code. The Higgs Twitter codes map to built-in kinds
///   (`RT` → repost, `MT` → mention, `RE` → reply); any other code is the kind itself.
/// - Without a code the kind is the one ``EdgeListHints/chooseKind(file:displayName:option:context:)``
///   chose (`--kind`, else the kind the file name names, else `"edge"`); the platform is
///   `options.platform ?? "snap"`.
///
/// Self-loops are edges like any other (email-Eu-core has 642 real ones), counted.
/// Counts: `"edge"`, `"node"` (distinct endpoints), `"self-loop"`.
struct SnapReader {
    /// How the third column is read.
    enum Third {
        /// A weight: the edge's count.
        case weight
        /// A time, as told (`--third-column time`): any Unix time or ISO 8601 date.
        case time
        /// A time, not told: a number must be a Unix time between 2006-03-21 and now.
        case checkedTime
    }

    let file: String
    /// The name used in errors: the file's last path component.
    let displayName: String
    let context: ImportContext
    let sink: CountingSink
    /// Where edges go directly, bypassing the counting wrapper (counted in ``tally``).
    let out: RecordSink
    private var tally = KindTally()
    let platform: String
    let defaultKind: String
    let third: Third
    /// The latest plausible Unix time (``Third/checkedTime``), taken once.
    private let latestTime = EdgeListHints.latestPlausibleTime()
    /// Whether some line had a third column.
    private(set) var sawThirdColumn = false
    /// Decimal weights rounded to whole counts.
    private var roundedWeights = 0

    private var line = 1
    private var kinds = Interner()
    private var nodes = NodeCounter()
    private var selfLoops = 0
    /// Edge lines seen, added to the result at the end (cheaper than a shared counter).
    private var rows = 0

    init(file: String, displayName: String, options: ImportOptions, kind: String, third: Third,
         context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = displayName
        self.context = context
        self.sink = sink
        self.out = sink.base
        self.platform = options.platform ?? "snap"
        self.defaultKind = kind
        self.third = third
    }

    mutating func run() throws {
        defer {
            context.result.recordsRead += rows
            tally.flush(into: sink)
        }
        try ByteChunks.lines(path: file) { l, number in
            line = number
            try parseLine(l)
        }
        context.count("node", nodes.count)
        if selfLoops > 0 { context.count("self-loop", selfLoops) }
        context.noteRoundedWeights(roundedWeights, in: displayName)
    }

    @inline(__always)
    private mutating func parseLine(_ l: UnsafeBufferPointer<UInt8>) throws {
        if let nul = firstNul(l) { return try lineWithNul(l, at: nul) }
        // Up to five tokens (a fifth is an error).
        var starts = (0, 0, 0, 0, 0)
        var ends = (0, 0, 0, 0, 0)
        var count = 0
        var i = 0
        let n = l.count
        while i < n {
            while i < n, l[i] == 32 || l[i] == 9 { i += 1 }
            if i >= n { break }
            if count == 0, l[i] == 35 || l[i] == 37 { return } // '#' or '%' comment
            let s = i
            while i < n, l[i] != 32, l[i] != 9 { i += 1 }
            switch count {
            case 0: starts.0 = s; ends.0 = i
            case 1: starts.1 = s; ends.1 = i
            case 2: starts.2 = s; ends.2 = i
            case 3: starts.3 = s; ends.3 = i
            default: starts.4 = s; ends.4 = i
            }
            count += 1
            if count > 4 { break }
        }
        if count == 0 { return }
        rows += 1
        guard count >= 2, count <= 4 else {
            try context.reject(ImportError(file: displayName, location: "line \(line)",
                                           expected: "2 to 4 whitespace-separated columns (src dst [timestamp [code]])",
                                           reason: "bad-columns"))
            return
        }
        let src = UnsafeBufferPointer(rebasing: l[starts.0 ..< ends.0])
        let dst = UnsafeBufferPointer(rebasing: l[starts.1 ..< ends.1])
        var time: Int64?
        var weight = 1
        if count >= 3 {
            sawThirdColumn = true
            let cell = UnsafeBufferPointer(rebasing: l[starts.2 ..< ends.2])
            switch third {
            case .weight:
                guard let w = parseWeight(cell) else {
                    try context.reject(ImportError(file: displayName, location: "line \(line)",
                                                   expected: "a positive number (the weight) in column 3", reason: "bad-weight"))
                    return
                }
                weight = w.count
                if w.rounded { roundedWeights += 1 }
            case .time, .checkedTime:
                time = Timestamps.parseGeneric(cell)
                if time == nil {
                    try context.reject(ImportError(file: displayName, location: "line \(line)",
                                                   expected: "a Unix timestamp in column 3", reason: "bad-timestamp"))
                    return
                }
                if third == .checkedTime, let t = time, EdgeListHints.isNumber(cell), !EdgeListHints.isPlausibleTime(t, latest: latestTime) {
                    try context.reject(ImportError(file: displayName, location: "line \(line)",
                                                   expected: "a Unix time between 2006-03-21 and now in column 3 (or --third-column weight|time)",
                                                   reason: "bad-timestamp"))
                    return
                }
            }
        }
        var kind = defaultKind
        if count == 4 {
            let code = UnsafeBufferPointer(rebasing: l[starts.3 ..< ends.3])
            guard let k = kinds.intern(code, SnapReader.kindForCode) else {
                try context.reject(ImportError(file: displayName, location: "line \(line)",
                                               expected: "UTF-8 text in column 4", reason: "invalid-utf8"))
                return
            }
            kind = k
        }
        guard isUTF8(src), isUTF8(dst) else {
            try context.reject(ImportError(file: displayName, location: "line \(line)", expected: "UTF-8 node ids",
                                           reason: "invalid-utf8"))
            return
        }
        nodes.insert(src)
        if memcmpEqual(src, dst) {
            selfLoops += 1
        } else {
            nodes.insert(dst)
        }
        tally.add(kind)
        try out.edge(platform: platform, source: src, target: dst, kind: kind, count: weight, firstAt: time, lastAt: time)
    }

    /// A line holding a NUL byte at `at` (rare): strict, a bad record naming the column;
    /// lenient, the line read again without its NUL bytes, counted.
    private mutating func lineWithNul(_ l: UnsafeBufferPointer<UInt8>, at: Int) throws {
        // The column of the first NUL: 1 + the tokens that end before it.
        var column = 0, inToken = false
        for i in 0 ... at {
            let space = l[i] == 32 || l[i] == 9
            if !space, !inToken { column += 1 }
            inToken = !space
        }
        let names = ["source id", "target id", third == .weight ? "weight" : "timestamp", "code"]
        let field = column <= names.count ? names[column - 1] : "column \(column)"
        try context.nulInField(field, nulByteError(file: displayName, location: "line \(line)", field: field))
        let clean = l.filter { $0 != 0 }
        try clean.withUnsafeBufferPointer { try parseLine($0) }
    }

    @inline(__always)
    private func isUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 { return String(validating: b, as: UTF8.self) != nil }
        return true
    }

    /// Higgs activity codes to built-in kinds; other codes are kinds as written.
    static func kindForCode(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard let code = utf8String(b) else { return nil }
        switch code {
        case "RT": return EdgeKind.repost
        case "MT": return EdgeKind.mention
        case "RE": return EdgeKind.reply
        default: return code
        }
    }
}
