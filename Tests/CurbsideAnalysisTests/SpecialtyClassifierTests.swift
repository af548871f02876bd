import CurbsideAnalysis
import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

private func importInto(_ store: Store, _ path: String) throws {
    let source = try Importer.prepare(path, options: ImportOptions())
    _ = try store.importSource(path: path, format: source.format.rawValue, sha256: source.sha256) { sink in
        let r = try Importer.read(source, options: ImportOptions(), into: sink)
        return ImportCounts(read: r.recordsRead, skipped: r.recordsSkipped)
    }
}

private func account(_ id: Int64, name: String? = nil, bio: String? = nil, specialty: String? = nil) -> AccountInfo {
    AccountInfo(id: id, platform: "x", platformID: String(id), handle: "a\(id)_fic", name: name, bio: bio, specialty: specialty)
}

final class SpecialtyClassifierTests: XCTestCase {
    private let classifier = SpecialtyClassifier()

    func testEvidenceAndSpecializationCode() throws {
        let a = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(
            name: "Dr. Example Fic", bio: "Interventional cardiologist. #CardioTwitter", hashtags: ["cardiotwitter": 11])))
        XCTAssertEqual(a.specialty, "cardiology")
        XCTAssertEqual(a.code, "207RI0011X")  // refine: interventional cardiolog*
        XCTAssertEqual(a.nuccName, "Internal Medicine / Interventional Cardiology")
        XCTAssertEqual(a.basis, .text)
        // cardiolog* weighs 3; #cardiotwitter 2 × log2(1 + min(12, 3)) = 4.
        XCTAssertEqual(a.evidence, ["hashtag:#cardiotwitter×12", "bio:\"cardiologist\""])
        // Share 1, score 7: confidence 7 / 8.
        XCTAssertEqual(a.confidence, 7.0 / 8.0, accuracy: 1e-12)
        let plain = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(bio: "Cardiologist")))
        XCTAssertEqual(plain.code, "207RC0000X")
        XCTAssertEqual(plain.confidence, 3.0 / 4.0, accuracy: 1e-12)
    }

    func testOrganisationsAndProfessionsWinOverFields() throws {
        let j = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(
            name: "Vellvane Review of Cardiology", bio: "Official account of a peer-reviewed journal in cardiovascular medicine. #cardiotwitter")))
        XCTAssertEqual(j.specialty, "journal")
        XCTAssertEqual(j.code, "role:journal")
        let s = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(
            name: "Corvwyn Association for Cardio-Oncology", bio: "Professional society for cardio-oncology | Annual meeting")))
        XCTAssertEqual(s.specialty, "society")
        let n = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(name: "Orla Zellholt, RN", bio: "Oncology nurse #nursetwitter")))
        XCTAssertEqual(n.specialty, "nursing")
        XCTAssertEqual(n.code, "163WX0200X")  // Registered Nurse / Oncology
        let p = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(bio: "Cardiology pharmacist")))
        XCTAssertEqual(p.specialty, "pharmacy")
    }

    func testBothFieldsMakeCardioOncology() throws {
        let l = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(bio: "Cardiologist caring for people with cancer. #oncology #cardiotwitter")))
        XCTAssertEqual(l.specialty, "cardio-oncology")
        XCTAssertEqual(l.code, "207RC0000X")
    }

    func testProfileFieldThenNothing() throws {
        let p = try XCTUnwrap(classifier.classify(SpecialtyEvidenceInput(bio: "oncologist", profileSpecialty: "Pediatrician")))
        XCTAssertEqual(p.specialty, "pediatrics")
        XCTAssertEqual(p.basis, .profile)
        XCTAssertEqual(p.confidence, 0.9)
        XCTAssertEqual(p.evidence, ["profile:\"Pediatrician\""])
        XCTAssertNil(classifier.classify(SpecialtyEvidenceInput(bio: "Living my best life 🌞")))
        XCTAssertNil(classifier.classify(SpecialtyEvidenceInput()))
        // One weak word (weight 1 < minimumScore 1.5) is not enough: general bios say "heart".
        XCTAssertNil(classifier.classify(SpecialtyEvidenceInput(bio: "Heart of gold, mom of two")))
        // The old entry point keeps working for the report.
        XCTAssertEqual(SpecialtyLexicon.standard.label(name: nil, bio: "ICU nurse", hashtags: [:])?.specialty, "nursing")
    }

    /// Labels win over everything; accounts without evidence take their mutual neighbours'
    /// specialty: 1 has mutuals 0, 2, 3 (cardiology 0.75, cardiology 0.75, oncology 0.75):
    /// share 2/3, k = 3 → 0.5 × 2/3 × 3/5 = 0.2. Account 4's only mutual is 1 (k = 1 < 2): none.
    /// Account 5 has mutuals 1 and 6 (round 1: only 6 classified, k = 1); in round 2 both are
    /// (1 by ties 0.2, 6 cardiology 0.75): share 1, k = 2 → 0.5 × 1 × 2/4 / 2 = 0.125.
    func testLabelsWinAndTiesArePriors() throws {
        let accounts = [account(10, bio: "Cardiologist"), account(11), account(12, bio: "Cardiologist"),
                        account(13, bio: "Oncologist"), account(14), account(15), account(16, bio: "Cardiologist")]
        let mutual = [[1], [0, 2, 3, 4, 5], [1], [1], [1], [1, 6], [5]]
        let labels = [Int64(13): SpecialtyUserLabel(specialty: "cardiologist", source: "experts.csv"),
                      Int64(16): SpecialtyUserLabel(specialty: "207RX0202X", source: "experts.csv")]
        let r = classifier.classify(accounts: accounts, labels: labels, mutualNeighbours: mutual)
        XCTAssertEqual(r[3]?.specialty, "cardiology")
        XCTAssertEqual(r[3]?.basis, .label)
        XCTAssertEqual(r[3]?.confidence, 1)
        XCTAssertEqual(r[3]?.evidence, ["label:experts.csv"])
        XCTAssertEqual(r[6]?.specialty, "oncology")  // the NUCC code resolves to the oncology specialty
        // 1: mutuals 0, 2 (cardiology 0.75 each) and 3 (labelled cardiology, 1.0): share 1, k = 3.
        XCTAssertEqual(r[1]?.specialty, "cardiology")
        XCTAssertEqual(r[1]?.basis, .ties)
        XCTAssertEqual(try XCTUnwrap(r[1]).confidence, 0.5 * 1 * 3 / 5, accuracy: 1e-12)
        XCTAssertEqual(r[1]?.evidence, ["ties:3 of 3 classified mutuals cardiology"])
        XCTAssertNil(r[4])
        // 5: round 1 sees only 6 (oncology label), k = 1: nothing; round 2 sees 1 (cardiology
        // 0.3) and 6 (oncology 1.0): oncology share 1/1.3, k = 2, halved.
        XCTAssertEqual(r[5]?.specialty, "oncology")
        XCTAssertEqual(try XCTUnwrap(r[5]).confidence, 0.5 * (1 / 1.3) * 2 / 4 / 2, accuracy: 1e-12)
        let noTies = classifier.classify(accounts: accounts, labels: labels, mutualNeighbours: nil)
        XCTAssertNil(noTies[1])
        // A label stored with a taxonomy this run does not load still wins.
        let unnamed = classifier.classify(accounts: [account(20, bio: "Cardiologist")],
                                          labels: [20: SpecialtyUserLabel(specialty: "2080P0006X", source: "l.csv")])
        XCTAssertEqual(unnamed[0]?.code, "2080P0006X")
        XCTAssertEqual(unnamed[0]?.basis, .label)
    }

    func testUserLexiconExtendsAndErrorsNameTheLine() throws {
        let extended = try SpecialtyLexicon.standard.extended(text: """
            # my additions
            term  cardiology  3  lipid clinic
            specialty  sports-medicine  207QS0010X  Sports medicine
            term\tsports-medicine\t3\tsports medicine
            hashtag  sports-medicine  2  #SportsMed
            """, source: "mine.txt")
        let c = SpecialtyClassifier(lexicon: extended)
        XCTAssertEqual(c.classify(SpecialtyEvidenceInput(bio: "Runs the lipid clinic"))?.specialty, "cardiology")
        XCTAssertEqual(c.classify(SpecialtyEvidenceInput(bio: "Sports medicine doc"))?.code, "207QS0010X")
        XCTAssertEqual(c.classify(SpecialtyEvidenceInput(hashtags: ["sportsmed": 1]))?.specialty, "sports-medicine")
        XCTAssertNil(classifier.classify(SpecialtyEvidenceInput(bio: "Sports medicine doc")))
        XCTAssertThrowsError(try SpecialtyLexicon.standard.extended(text: "term  cardiology  3  x\nterm  dermatologyy  3  skin\n", source: "bad.txt")) {
            XCTAssertEqual("\($0)", "bad.txt:2: expected a specialty KEY defined by a specialty, profession, role or organisation line; \"dermatologyy\" is not")
        }
        XCTAssertThrowsError(try SpecialtyLexicon.standard.extended(text: "specialty  x  12345  X\n", source: "bad.txt")) {
            XCTAssertEqual("\($0)", "bad.txt:1: expected a NUCC taxonomy code (10 characters ending in X), not \"12345\"")
        }
        XCTAssertThrowsError(try SpecialtyLexicon.standard.extended(text: "term  cardiology  heavy  x\n", source: "bad.txt"))
    }

    /// The real NUCC 22.1 CSV (../shared/data/nucc-taxonomy/SOURCE.md: 868 codes; Individual
    /// 683, Non-Individual 185; 241 classification-level codes; 10 deactivated; 29 groupings,
    /// Allopathic & Osteopathic Physicians 230).
    func testRealNUCCTaxonomy() throws {
        let csv = try CSVRecords(path: try sharedData("nucc-taxonomy/nucc_taxonomy_221.csv").path)
        let t = try NUCCTaxonomy(header: csv.header, rows: csv.records.map { ($0.line, $0.fields) }, source: "nucc_taxonomy_221.csv")
        XCTAssertEqual(t.codes.count, 868)
        XCTAssertEqual(t.codes.filter { $0.section == "Individual" }.count, 683)
        XCTAssertEqual(t.codes.filter { $0.section == "Non-Individual" }.count, 185)
        XCTAssertEqual(t.codes.filter { $0.specialization == nil }.count, 241)
        XCTAssertEqual(t.codes.filter(\.deactivated).count, 10)
        XCTAssertEqual(Set(t.codes.map(\.grouping)).count, 29)
        XCTAssertEqual(t.codes.filter { $0.grouping == "Allopathic & Osteopathic Physicians" }.count, 230)
        XCTAssertEqual(t["193200000X"]?.displayName, "Multi-Specialty Group")
        XCTAssertEqual(t["207RC0000X"]?.name, "Internal Medicine / Cardiovascular Disease")
        XCTAssertEqual(t.classificationCode(of: "207RI0011X")?.code, "207R00000X")
        // Every code the shipped lexicon uses exists, is active, and carries NUCC's names.
        let lexicon = SpecialtyLexicon.standard
        for (code, names) in lexicon.codeNames {
            let c = try XCTUnwrap(t[code], code)
            XCTAssertFalse(c.deactivated, code)
            XCTAssertEqual(c.classification, names.classification, code)
            XCTAssertEqual(c.specialization, names.specialization, code)
        }
        for s in lexicon.specialties where !s.isRole { XCTAssertNotNil(lexicon.codeNames[s.code], s.key) }
        for r in lexicon.refinements { XCTAssertNotNil(lexicon.codeNames[r.code], r.code) }
        // A label given as any NUCC code resolves with the taxonomy loaded.
        let c = SpecialtyClassifier(taxonomy: t)
        XCTAssertEqual(c.resolveLabel("207N00000X")?.specialty, "dermatology")
        XCTAssertEqual(c.resolveLabel("2080P0006X")?.displayName, t["2080P0006X"]?.displayName)
        XCTAssertNil(classifier.resolveLabel("2080P0006X"))
    }

    /// Newer releases have 8 columns in another order (SOURCE.md): columns are found by name.
    func testTaxonomyColumnsByHeader() throws {
        let header = ["Code", "Grouping", "Classification", "Specialization", "Definition", "Notes", "Display Name", "Section"]
        let t = try NUCCTaxonomy(header: header, rows: [
            (2, ["207R00000X", "Allopathic & Osteopathic Physicians", "Internal Medicine", "", "d", "", "Internal Medicine Physician", "Individual"]),
            (3, ["207RC0000X", "Allopathic & Osteopathic Physicians", "Internal Medicine", "Cardiovascular Disease", "d", "", "Cardiovascular Disease Physician", "Individual"]),
        ], source: "new.csv")
        XCTAssertEqual(t["207rc0000x"]?.displayName, "Cardiovascular Disease Physician")
        XCTAssertEqual(t.classificationCode(of: "207RC0000X")?.code, "207R00000X")
        XCTAssertFalse(t["207RC0000X"]!.deactivated)
        XCTAssertThrowsError(try NUCCTaxonomy(header: ["Kode", "Classification"], rows: [], source: "x.csv"))
        XCTAssertThrowsError(try NUCCTaxonomy(header: header, rows: [(7, ["bad", "", "", "", "", "", "", ""])], source: "x.csv")) {
            XCTAssertEqual("\($0)", "x.csv: line 7: expected a taxonomy code (10 characters ending in X) in column Code")
        }
    }

    /// scikit-learn 1.9.1 precision_recall_fscore_support / f1_score(average="macro",
    /// labels=[a,b,c]) on this list (Tests/References/make_specialty_references.py).
    func testEvaluationMatchesScikitLearn() {
        let e = SpecialtyEvaluation(pairs: [("a", "a"), ("a", "a"), ("a", "b"), ("b", "b"), ("b", nil), ("c", "c"), (nil, "a"), (nil, nil)])
        XCTAssertEqual(e.rows.map(\.specialty), ["a", "b", "c"])
        XCTAssertEqual(e.rows.map(\.precision), [0.666667, 0.5, 1].map { $0 }, accuracy: 1e-6)
        XCTAssertEqual(e.rows.map(\.recall), [0.666667, 0.5, 1], accuracy: 1e-6)
        XCTAssertEqual(e.macroF1, 0.722222, accuracy: 1e-6)
        XCTAssertEqual(e.labels, ["a", "b", "c", "(none)"])
        XCTAssertEqual(e.confusion, [[2, 1, 0, 0], [0, 1, 0, 1], [0, 0, 1, 0], [1, 0, 0, 1]])
        XCTAssertEqual(e.accuracy, 5.0 / 8.0)
    }

    /// Samples/ground-truth.csv (1,352 accounts, generator seed 20261122; bios include empty
    /// and misleading ones). Goal from issue 5: macro-F1 ≥ 0.85 (issue 14: ≥ 0.90). Measured:
    /// 0.926 from names, bios and hashtags alone; 0.946 with the mutual-ties prior (README).
    /// Ambiguous words needing clinical context (issue 14) moved the second from 0.9465 to
    /// 0.9463 (measured against the previous build): "heart" and "ep" no longer count in
    /// profiles without context, which raises 9 text labels' confidence (a "heart warrior"
    /// parent's patient-advocate 0.64 → 0.80), so the ties' weighted vote shifts and one
    /// account with an empty bio (truth oncology, 3 of 6 classified mutuals oncology) no
    /// longer reaches the share of 0.5.
    func testQualityOnTheSample() throws {
        let store = try Store.inMemory()
        try importInto(store, repositoryRoot.appendingPathComponent("Samples/clinician-network").path)
        let truthCSV = try CSVRecords(path: repositoryRoot.appendingPathComponent("Samples/ground-truth.csv").path)
        XCTAssertEqual(truthCSV.header, ["id", "handle", "specialty", "community"])
        let truth = truthCSV.records.map { SpecialtyTruthRow(platform: nil, account: $0.fields[0], specialty: $0.fields[2], line: $0.line) }
        var macro: [Double] = []
        for ties in [false, true] {
            let (accounts, assignments) = try classifier.classify(store: store, ties: ties)
            let (e, unmatched, unknown) = SpecialtyEvaluation.evaluate(truth: truth, accounts: accounts, assignments: assignments, classifier: classifier)
            XCTAssertEqual(unmatched, [])
            XCTAssertEqual(unknown, ["generic": 8])
            XCTAssertEqual(e.evaluated, 1352)
            XCTAssertEqual(e.rows.count, 12)
            print("specialty quality on the sample (ties \(ties)): macro-F1 \(String(format: "%.4f", e.macroF1))\n  "
                  + e.rows.map { String(format: "%@ P=%.3f R=%.3f F1=%.3f", $0.specialty, $0.precision, $0.recall, $0.f1) }.joined(separator: "\n  "))
            XCTAssertGreaterThanOrEqual(e.macroF1, 0.85)
            macro.append(e.macroF1)
        }
        XCTAssertEqual(macro[0], 0.9261, accuracy: 0.0001)
        XCTAssertEqual(macro[1], 0.9463, accuracy: 0.0001)
        XCTAssertGreaterThanOrEqual(macro[0], 0.90)
    }

    /// CKM physicians (../shared/data/ckm-physicians): no bios, hashtags or names, so the
    /// lexicon does not apply; nodeSpecialty (codes 1–4, 9 missing; meanings only in the 1957
    /// study) measures the mutual-ties prior alone. Each of the 228 physicians with a code is
    /// held out while the others are labelled. Reference (independent Python re-implementation,
    /// Tests/References/make_specialty_references.py, scikit-learn 1.9.1): 86 predicted, 45
    /// correct, macro-F1 0.284742; majority class (4) macro-F1 0.154545, accuracy 0.447368.
    func testTiesPriorOnCKMPhysicians() throws {
        let dir = try sharedData("ckm-physicians")
        let store = try Store.inMemory()
        try importInto(store, dir.path)
        let nodes = try String(contentsOf: dir.appendingPathComponent("CKM-Physicians-Innovation_nodes.txt"), encoding: .utf8)
        var specialty: [String: String] = [:]
        for line in nodes.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: " ")
            if f.count == 14, ["1", "2", "3", "4"].contains(f[13]) { specialty[String(f[0])] = "ckm-" + f[13] }
        }
        XCTAssertEqual(specialty.count, 228)
        let lexicon = try SpecialtyLexicon.standard.extended(
            text: (1...4).map { "role  ckm-\($0)  CKM specialty code \($0)" }.joined(separator: "\n"), source: "ckm.txt")
        let c = SpecialtyClassifier(lexicon: lexicon)
        let loaded = try store.loadGraph(times: false)
        let mutual = SpecialtyClassifier.mutualNeighbours(in: loaded.graph)
        var all: [Int64: SpecialtyUserLabel] = [:]
        for a in loaded.accounts { if let s = specialty[a.platformID] { all[a.id] = SpecialtyUserLabel(specialty: s, source: "ckm") } }
        var pairs: [(truth: String?, predicted: String?)] = []
        for (i, a) in loaded.accounts.enumerated() {
            guard let t = specialty[a.platformID] else { continue }
            var labels = all
            labels[a.id] = nil
            let r = c.classify(accounts: loaded.accounts, labels: labels, mutualNeighbours: mutual)
            XCTAssertTrue(r[i] == nil || r[i]!.basis == .ties)
            pairs.append((t, r[i]?.specialty))
        }
        let e = SpecialtyEvaluation(pairs: pairs)
        XCTAssertEqual(pairs.filter { $0.predicted != nil }.count, 86)
        XCTAssertEqual(pairs.filter { $0.predicted == $0.truth }.count, 45)
        XCTAssertEqual(e.macroF1, 0.284742, accuracy: 1e-6)
        XCTAssertEqual(e.rows.map(\.f1), [0.202247, 0.258065, 0.333333, 0.345324], accuracy: 1e-6)
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
