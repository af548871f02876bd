import CurbsideImport

/// Where one input goes: the path to import and the format to import it as (`.auto`
/// runs detection).
struct Placed {
    var path: String
    var format: ImportFormat
    /// The column mapping to read with (the `mapped` target), applied to both reads.
    var columns: ColumnMapping? = nil
}

/// One fuzz target: how input bytes become files, and how long an input may be.
struct FuzzTarget: Sendable {
    /// `CURBSIDE_FUZZ_TARGET` and the folder under Corpus/.
    var name: String
    /// libFuzzer's `-max_len`: room for a few records of the format, not whole exports.
    var maxLen: Int
    /// What the input is, for `run.sh list`.
    var summary: String
    /// Import into an in-memory ``Store`` too (checks the store path), not only into a sink.
    var viaStore = false
    /// libFuzzer's `-detect_leaks`. Off where the toolchain's Foundation leaks on every input
    /// (suppressed in lsan.supp, but each such input still costs LeakSanitizer a full scan:
    /// zip 43 → 563 exec/s, store 21 → 96 without it); memory growth is still caught by
    /// `-rss_limit_mb`.
    var detectLeaks = true
    var options: @Sendable (inout ImportOptions) -> Void = { _ in }
    /// More checks after a strict read succeeded (an oracle that knows the container), told
    /// the format the input was read as.
    var afterImport: @Sendable (Placed, ImportFormat) -> Void = { _, _ in }
    var place: @Sendable (Workspace, ArraySlice<UInt8>) -> Placed
}

extension FuzzTarget {
    /// The same target, told whose export it is (Mastodon's following_accounts.csv names no
    /// owner; actor.json, when there, wins).
    var withOwner: FuzzTarget {
        var t = self
        t.options = { $0.owner = "owner_fic@example.social" }
        return t
    }

    /// The same target, checking after a successful import that no entry the readers read
    /// fails its CRC-32 (damage must not import as data).
    var checkingCRC: FuzzTarget {
        var t = self
        t.afterImport = { placed, format in ZipOracle.checkReadEntries(placed.path, format: format) }
        return t
    }

    /// The same target without LeakSanitizer's per-input check (see ``detectLeaks``).
    var withoutLeakCheck: FuzzTarget {
        var t = self
        t.detectLeaks = false
        return t
    }

    /// A single file named `name`, read as `format`.
    static func file(_ target: String, _ name: String, _ format: ImportFormat, maxLen: Int, _ summary: String) -> FuzzTarget {
        FuzzTarget(name: target, maxLen: maxLen, summary: summary) { ws, bytes in
            Placed(path: ws.write(bytes, name), format: format)
        }
    }

    /// Files named `names` in a folder, from the input's parts (see ``Parts``); empty parts
    /// are left out. The folder (or the file at `open`, a path inside it) is read as `format`.
    static func folder(_ target: String, _ names: [String], open: String = "", _ format: ImportFormat, maxLen: Int,
                       _ summary: String) -> FuzzTarget {
        FuzzTarget(name: target, maxLen: maxLen, summary: summary) { ws, bytes in
            for (name, part) in zip(names, Parts.split(bytes, count: names.count)) where !part.isEmpty {
                ws.write(part, "src/" + name)
            }
            return Placed(path: ws.root + "/src" + (open.isEmpty ? "" : "/" + open), format: format)
        }
    }

    /// Files named `names` zipped (deflated) by the harness into `archive.zip`: fuzzes the
    /// readers inside the zip rather than the zip container. No leak check (see ``detectLeaks``).
    static func zipped(_ target: String, _ names: [String], _ format: ImportFormat, maxLen: Int, _ summary: String) -> FuzzTarget {
        FuzzTarget(name: target, maxLen: maxLen, summary: summary, detectLeaks: false) { ws, bytes in
            let entries = zip(names, Parts.split(bytes, count: names.count)).filter { !$0.1.isEmpty }
            return Placed(path: ws.zip(entries.map { ($0.0, $0.1) }, "archive.zip"), format: format)
        }
    }

    /// The first byte picks the file name (so the extension and the social-format names
    /// steer detection), the rest is the file; read with format detection.
    static func detected(_ target: String, viaStore: Bool, maxLen: Int, _ summary: String) -> FuzzTarget {
        FuzzTarget(name: target, maxLen: maxLen, summary: summary, viaStore: viaStore) { ws, bytes in
            guard let first = bytes.first else { return Placed(path: ws.write(bytes, "input"), format: .auto) }
            let name = detectionNames[Int(first) % detectionNames.count]
            return Placed(path: ws.write(bytes.dropFirst(), name), format: .auto)
        }
    }

    /// File names for ``detected(_:viaStore:maxLen:_:)``: index = first byte mod count
    /// (Fuzz/seeds.py writes the same table).
    static let detectionNames = [
        "input", "input.csv", "input.tsv", "input.txt", "input.jsonl", "input.json", "input.xml", "input.graphml",
        "input.gexf", "input.car", "input.edges", "input.txt.gz", "input.csv.gz", "input.jsonl.gz", "actor.json",
        "following_accounts.csv",
    ]

    static let xArchiveFiles = ["manifest.js", "account.js", "profile.js", "follower.js", "following.js", "tweets.js",
                                "like.js", "screen-name-change.js"]
    static let mastodonFiles = ["actor.json", "outbox.json", "likes.json", "following_accounts.csv"]
    /// The files the Mastodon reader reads from an archive zip (Importer.mastodonArchiveNames).
    static let mastodonZipFiles = Array(mastodonFiles.prefix(3))

    /// Every target. Add one here when adding a reader (see CONTRIBUTING.md), with seeds in seeds.py.
    static let all: [FuzzTarget] = [
        .file("csv", "input.csv", .csv, maxLen: 4096, "one CSV file (edge or node list)"),
        .folder("csv-folder", ["nodes.csv", "edges.csv"], .csv, maxLen: 8192, "a folder: nodes.csv, edges.csv"),
        .file("snap", "edges.txt", .snap, maxLen: 2048, "a SNAP edge list"),
        .file("gzip", "edges.txt.gz", .snap, maxLen: 8192, "gzip container bytes of a SNAP edge list"),
        .folder("multiplex", ["net_multiplex.edges", "net_layers.txt", "net_nodes.txt"], open: "net_multiplex.edges",
                .multiplex, maxLen: 4096, "net_multiplex.edges, net_layers.txt, net_nodes.txt"),
        .file("graphml", "graph.graphml", .graphml, maxLen: 8192, "a GraphML file"),
        .file("gexf", "graph.gexf", .gexf, maxLen: 8192, "a GEXF file"),
        .file("pajek", "graph.net", .pajek, maxLen: 4096, "a Pajek .net file"),
        .file("edgelist-data", "graph.edgelist", .edgelistData, maxLen: 2048, "networkx write_edgelist lines with a data dict"),
        .file("twarc2", "tweets.jsonl", .twarc2, maxLen: 16384, "twarc2 JSON Lines"),
        .folder("x-archive", xArchiveFiles.map { "data/" + $0 }, .xArchive, maxLen: 16384,
                "an unpacked X archive: data/manifest.js, account.js, profile.js, follower.js, …"),
        .zipped("x-archive-zip", xArchiveFiles.map { "data/" + $0 }, .xArchive, maxLen: 16384,
                "the same files, zipped by the harness"),
        .folder("mastodon", mastodonFiles, .mastodon, maxLen: 16384,
                "a Mastodon folder: actor.json, outbox.json, likes.json, following_accounts.csv").withOwner,
        .zipped("mastodon-zip", mastodonZipFiles, .mastodon, maxLen: 16384,
                "actor.json, outbox.json, likes.json zipped by the harness").withOwner,
        .file("zip", "archive.zip", .auto, maxLen: 32768, "zip container bytes (X archive or Mastodon), detected")
            .withoutLeakCheck.checkingCRC,
        .file("handles", "handles.csv", .handles, maxLen: 2048, "an id,handle[,platform] CSV"),
        .file("bluesky", "repo.car", .bluesky, maxLen: 8192, "a Bluesky CAR repository"),
        .detected("detect", viaStore: false, maxLen: 4096, "first byte picks the file name; format detected"),
        .detected("store", viaStore: true, maxLen: 4096, "as detect, imported into an in-memory store").withoutLeakCheck,
        MappedInput.target,
    ]
}
