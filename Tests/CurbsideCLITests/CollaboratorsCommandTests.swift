import Foundation
import XCTest

/// `curbside communities --label` and `curbside collaborators`, run as a user would.
final class CollaboratorsCommandTests: XCTestCase {
    let sample = ["--input", "Samples/clinician-network"]

    /// The focus account's ties in Samples/clinician-network/edges.csv, either direction, any kind.
    private func tiesOf(_ id: String) throws -> Set<String> {
        let text = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("Samples/clinician-network/edges.csv"), encoding: .utf8)
        var tied = Set<String>()
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            if f[0] == id { tied.insert(String(f[1])) }
            if f[1] == id { tied.insert(String(f[0])) }
        }
        return tied
    }

    private func csvRows(_ text: String) -> [[String: String]] {
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        return lines.map { line in
            // Split RFC 4180 fields (explanations are quoted when they hold commas).
            var fields: [String] = [], field = "", quoted = false
            var chars = Array(line)[...]
            while let c = chars.popFirst() {
                if quoted {
                    if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
                } else if c == "\"" { quoted = true } else if c == "," { fields.append(field); field = "" } else { field.append(c) }
            }
            fields.append(field)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    /// Every big community's label starts with the specialty the generator planted it with
    /// (see CollaboratorTests.testSampleCommunitiesMatchPlantedGroups for the NMI); JSON
    /// carries members, terms with z-scores, key members, bridges and tie weights.
    func testCommunitiesLabel() throws {
        let r = try CLI.run(["communities", "--label", "--seed", "1", "--format", "json"] + sample)
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try CLI.json(r)
        XCTAssertEqual(j["graph"] as? String, "collaboration")
        let labelled = try XCTUnwrap(j["labelled"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(labelled.count, 6)
        let labels = labelled.compactMap { $0["label"] as? String }
        for specialty in ["cardiology", "oncology", "pediatrics", "emergency-medicine", "nursing", "pharmacy"] {
            XCTAssertTrue(labels.contains { $0.hasPrefix(specialty + " · #") }, "\(specialty) in \(labels)")
        }
        let first = labelled[0]
        XCTAssertEqual(first["size"] as? Int, (first["members"] as? [Any])?.count)
        XCTAssertNotNil((first["hashtags"] as? [[String: Any]])?.first?["z"] as? Double)
        XCTAssertEqual((first["key_members"] as? [Any])?.count, 5)
        XCTAssertFalse((first["bridges"] as? [Any] ?? []).isEmpty)
        XCTAssertFalse((first["tie_weights"] as? [Any] ?? []).isEmpty)
        XCTAssertEqual((j["accounts"] as? [Any])?.count, 1352)

        let csv1 = try CLI.run(["communities", "--label", "--format", "csv"] + sample)
        XCTAssertEqual(csv1.status, 0, csv1.stderr)
        XCTAssertTrue(csv1.stdout.hasPrefix("community,size,density,label,specialties,hashtags,bio_terms,key_members,bridges,ties_to\n"))
        XCTAssertEqual(csv1.stdout, try CLI.run(["communities", "--label", "--format", "csv"] + sample).stdout, "same seed, same labels")
        let table = try CLI.run(["communities", "--label"] + sample)
        XCTAssertTrue(table.stdout.contains("cardiology · #cardiotwitter"), table.stdout)
    }

    func testCollaboratorsForOneAccount() throws {
        let focus = "9100000001082"  // drcleonettlecroft_fic, an electrophysiologist
        let args = ["collaborators", "@drcleonettlecroft_fic", "--format", "csv"] + sample
        let r = try CLI.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("for,account,handle,rank,score,structural,topical,specialty_fit,activity,influence,mutual,via,specialty,community,explanation\n"))
        let rows = csvRows(r.stdout)
        XCTAssertEqual(rows.count, 10)
        let tied = try tiesOf(focus)
        for row in rows {
            XCTAssertEqual(row["for"], focus)
            XCTAssertFalse(tied.contains(row["account"]!), "\(row["handle"]!) is already tied to the focus")
            XCTAssertFalse(row["explanation"]!.isEmpty)
        }
        let scores = rows.map { Double($0["score"]!)! }
        XCTAssertEqual(scores, scores.sorted(by: >))
        XCTAssertTrue(rows[0]["explanation"]!.contains("mutual colleagues incl. @"), rows[0]["explanation"]!)
        XCTAssertEqual(r.stdout, try CLI.run(args).stdout, "deterministic")

        let onc = try CLI.run(["collaborators", "drcleonettlecroft_fic", "--specialty", "oncology", "--top", "5", "--format", "json"] + sample)
        XCTAssertEqual(onc.status, 0, onc.stderr)
        let candidates = try XCTUnwrap(try CLI.json(onc)["candidates"] as? [[String: Any]])
        XCTAssertEqual(candidates.count, 5)
        for c in candidates {
            XCTAssertEqual(c["specialty"] as? String, "oncology")
            XCTAssertEqual((c["components"] as? [String: Double])?["specialty"], 1)
            XCTAssertNotNil(c["explanation"] as? String)
            XCTAssertNotNil(c["via"] as? [String])
        }
    }

    func testSeveralAccountsFromAFileAndErrors() throws {
        let dir = temporaryDirectory()
        let list = dir.appendingPathComponent("focus.txt")
        try "# focus accounts\n@drcleonettlecroft_fic\n\n9100000001147\n".write(to: list, atomically: true, encoding: .utf8)
        let r = try CLI.run(["collaborators", "--accounts", list.path, "--top", "3", "--format", "csv"] + sample)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(csvRows(r.stdout).map { $0["for"]! }, Array(repeating: "9100000001082", count: 3) + Array(repeating: "9100000001147", count: 3))

        let unknown = try CLI.run(["collaborators", "@nobody_fic"] + sample)
        XCTAssertEqual(unknown.status, 3)
        XCTAssertTrue(unknown.stderr.contains("no account @nobody_fic"), unknown.stderr)
        XCTAssertEqual(try CLI.run(["collaborators", "@drcleonettlecroft_fic", "--specialty", "astrology"] + sample).status, 3)
        XCTAssertEqual(try CLI.run(["collaborators"] + sample).status, 2)
        XCTAssertEqual(try CLI.run(["collaborators", "--accounts", dir.appendingPathComponent("missing.txt").path] + sample).status, 3)
    }

    func testBridges() throws {
        let r = try CLI.run(["collaborators", "--bridges", "--top", "5", "--format", "csv"] + sample)
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = csvRows(r.stdout)
        XCTAssertEqual(rows.count, 5)
        for row in rows {
            XCTAssertGreaterThanOrEqual(Int(row["ties_a"]!)!, Int(row["ties_b"]!)!)
            XCTAssertNotEqual(row["community_a"], row["community_b"])
        }
        let sorted = rows.map { Int($0["ties_b"]!)! }
        XCTAssertEqual(sorted, sorted.sorted(by: >))
    }

    /// The hold-out comparison on the sample (seed 1, 10 % hidden, 300 accounts): the
    /// collaborator ranking beats Adamic–Adar on precision@10 and AUC. Figures as measured
    /// by this command; they are deterministic for the seed.
    func testEvaluateOnTheSample() throws {
        let r = try CLI.run(["collaborators", "--evaluate", "--sample", "300", "--format", "json"] + sample)
        XCTAssertEqual(r.status, 0, r.stderr)
        let methods = try XCTUnwrap(try CLI.json(r)["methods"] as? [[String: Any]])
        let by = Dictionary(uniqueKeysWithValues: methods.map { ($0["method"] as! String, $0) })
        let curbside = try XCTUnwrap(by["curbside"]), aa = try XCTUnwrap(by["adamic-adar"])
        print("sample evaluation: \(methods)")
        // README.md "Collaborator suggestions, measured", sample row.
        XCTAssertEqual(curbside["precision_at_10"] as! Double, 0.033667, accuracy: 5e-4)
        XCTAssertEqual(curbside["auc"] as! Double, 0.820000, accuracy: 5e-4)
        XCTAssertEqual(aa["precision_at_10"] as! Double, 0.029000, accuracy: 5e-4)
        XCTAssertEqual(aa["auc"] as! Double, 0.736364, accuracy: 5e-4)
        XCTAssertGreaterThan(curbside["precision_at_10"] as! Double, aa["precision_at_10"] as! Double)
        XCTAssertGreaterThan(curbside["auc"] as! Double, aa["auc"] as! Double)
    }
}
