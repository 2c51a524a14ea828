import Foundation
import InovasiCore
import Testing

/// The rules file's keys decoded strictly (here through JSON; the CLI tests read YAML and lines):
/// each kind of error names its dotted key.
@Suite("IID rules file keys")
struct IIDRulesFileTests {
    static let valid = """
        {"year": 2026, "source": "uji", "maxTotal": 250,
         "divisor": {"minimum": 12, "verified": false, "source": "dilaporkan"},
         "numberScore": {"perInnovation": 0.38, "cap": 200},
         "basicServiceAffairs": {"affairs": ["pendidikan", "sosial", {"name": "ketenteraman", "also": ["trantib"]}]},
         "predicates": {"bands": [{"name": "Inovatif", "from": 40.01}, {"name": "Sangat Inovatif", "from": 65.01}]},
         "window": {"from": "2024-01-01", "to": "2025-12-31"}, "stage": "implementation",
         "lastOfficial": {"year": 2025, "index": 48.30, "predicate": "Inovatif"},
         "spd": [{"number": "6a", "name": "Tren pengangguran", "weight": 0.75}],
         "sid": [{"number": "16", "name": "Regulasi", "weight": 3, "mandatory": true,
                  "levels": ["SK", "Perkada", "Perda"], "verified": true, "from": "enactment"},
                 {"number": "35", "name": "Video", "weight": 4, "mandatory": true, "levels": ["", ""]}]}
        """

    static func decode(_ text: String) throws(IIDRulesError) -> IIDRules {
        do {
            return try JSONDecoder().decode(IIDRulesFile.self, from: Data(text.utf8)).rules()
        } catch let error as IIDRulesError {
            throw error
        } catch {
            throw IIDRulesError.from(decoding: error)
        }
    }

    static func error(_ old: String, _ new: String) -> IIDRulesError? {
        let text = valid.replacingOccurrences(of: old, with: new)
        #expect(text != valid, "the replacement \(old) did not apply")
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("a valid file gives the model: blank level texts, bands highest first, provenance kept")
    func valid() throws {
        let rules = try Self.decode(Self.valid)
        #expect(rules.year == 2026 && rules.divisor?.minimum == 12 && rules.divisor?.provenance.source == "dilaporkan")
        #expect(rules.sid.map(\.number) == ["16", "35"])
        #expect(rules.sid[1].levels == ["", "", ""])
        #expect(rules.sid[0].provenance.verified && !rules.sid[1].provenance.verified)
        #expect(rules.predicates?.bands.map(\.name) == ["Sangat Inovatif", "Inovatif"])
        #expect(rules.spdMaximum == 2.25 && rules.sidMaximum == 21)
        #expect(rules.missingSections.isEmpty)
        #expect(rules.requiredStage == .implementation && rules.lastOfficial?.index == 48.30)
        #expect(rules.sid[0].fromEnactment && !rules.sid[1].fromEnactment)
        let affairs = try #require(rules.basicServiceAffairs)
        #expect(affairs.affairs == ["pendidikan", "sosial", "ketenteraman"])
        #expect(IIDScore.missingAffairs(affairs, covered: ["Pendidikan", "sosial", " Trantib "]).isEmpty)
        #expect(IIDScore.missingAffairs(affairs, covered: ["pendidikan", "sosial"]) == ["ketenteraman"])
    }

    @Test("only the year is required: a partial year decodes and lists what it lacks")
    func partial() throws {
        let rules = try Self.decode(
            #"{"year": 2025, "predicates": {"bands": [{"name": "Sangat Inovatif", "from": 65.01}]}}"#)
        #expect(
            rules.missingSections == [
                "maxTotal", "divisor", "numberScore", "basicServiceAffairs", "window", "spd", "sid",
            ])
    }

    @Test(
        "each kind of error names its key",
        arguments: [
            (#""weight": 4"#, #""wieght": 4"#, "sid[1].wieght"),  // unknown key in a list item
            (#""source": "uji""#, #""sumber": "uji""#, "sumber"),  // unknown key at the top
            (#""cap": 200"#, #""cap": 200, "max": 1"#, "numberScore.max"),  // unknown key in a section
            (#""weight": 0.75"#, #""weight": "berat""#, "spd[0].weight"),  // wrong type
            (#""name": "Video", "#, "", "sid[1].name"),  // missing key
            (#""year": 2026"#, #""year": 1990"#, "year"),  // out of range
            (#""weight": 3"#, #""weight": 0"#, "sid[0].weight"),  // not positive
            (#""number": "35""#, #""number": "16""#, "sid[1].number"),  // duplicate number
            (#""to": "2025-12-31""#, #""to": "2023-12-31""#, "window.to"),  // window backwards
            (#""from": "2024-01-01""#, #""from": "2024-02-30""#, "window.from"),  // no such day
            (#""from": 65.01"#, #""from": 165"#, "predicates.bands[1].from"),  // band out of range
            (#""minimum": 12"#, #""minimum": 0"#, "divisor.minimum"),  // divisor below 1
            (#"["", ""]"#, #"["", "", "", ""]"#, "sid[1].levels"),  // four levels
            (
                #""affairs": ["pendidikan", "sosial", {"name": "ketenteraman", "also": ["trantib"]}]"#,
                #""affairs": []"#,
                "basicServiceAffairs.affairs"
            ),  // no affairs
            (#""also": ["trantib"]"#, #""also": [" "]"#, "basicServiceAffairs.affairs"),  // a blank other name
            (#""also": ["trantib"]"#, #""alias": ["trantib"]"#, "basicServiceAffairs.affairs[2].alias"),  // unknown key
            (#""stage": "implementation""#, #""stage": "penerapan""#, "stage"),  // unknown stage
            (#""from": "enactment""#, #""from": "penetapan""#, "sid[0].from"),  // unknown answer source
            (#""index": 48.30"#, #""index": 148.30"#, "lastOfficial.index"),  // index out of range
        ])
    func errorKeys(old: String, new: String, key: String) {
        #expect(Self.error(old, new)?.key == key)
    }

    @Test("the message names the file, the line and the key")
    func message() {
        let error = IIDRulesError(key: "sid[1].weight", problem: IIDText.wrongType, line: 7)
        let text = error.message(file: "/x/2027.yaml").en
        #expect(text.contains("/x/2027.yaml") && text.contains("line 7") && text.contains("sid[1].weight"))
    }
}
