import Foundation

extension IIDRulesFile {
    /// `divisor:` its `minimum`.
    struct Divisor: Decodable, Sendable {
        var minimum: Int
        var provenance: IIDProvenance

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["minimum"])
            minimum = try box.decode(Int.self, forKey: ConfigKey("minimum"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func rule() throws(IIDRulesError) -> IIDDivisorRule {
            guard minimum >= 1 else { throw IIDRulesError(key: "divisor.minimum", problem: IIDText.expectedCount) }
            return IIDDivisorRule(minimum: minimum, provenance: provenance)
        }
    }

    /// `numberScore:` its `perInnovation` and `cap`.
    struct NumberScore: Decodable, Sendable {
        var perInnovation: Double
        var cap: Int
        var provenance: IIDProvenance

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["perInnovation", "cap"])
            perInnovation = try box.decode(Double.self, forKey: ConfigKey("perInnovation"))
            cap = try box.decode(Int.self, forKey: ConfigKey("cap"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func rule() throws(IIDRulesError) -> IIDNumberRule {
            guard perInnovation >= 0 else {
                throw IIDRulesError(key: "numberScore.perInnovation", problem: IIDText.expectedPositive)
            }
            guard cap >= 1 else { throw IIDRulesError(key: "numberScore.cap", problem: IIDText.expectedCount) }
            return IIDNumberRule(perInnovation: perInnovation, cap: cap, provenance: provenance)
        }
    }

    /// `basicServiceAffairs:` its `affairs` list; an item is a name, or a `name` with the other
    /// names it goes by in `also`.
    struct Affairs: Decodable, Sendable {
        var affairs: [Affair]
        var provenance: IIDProvenance

        struct Affair: Decodable, Sendable {
            var name: String
            var also: [String]

            init(from decoder: any Decoder) throws {
                if let name = try? decoder.singleValueContainer().decode(String.self) {
                    self.name = name
                    also = []
                    return
                }
                try IIDRulesFile.refuseUnknownKeys(in: decoder, allowed: ["name", "also"])
                let box = try decoder.container(keyedBy: ConfigKey.self)
                name = try box.decode(String.self, forKey: ConfigKey("name"))
                also = try box.decodeIfPresent([String].self, forKey: ConfigKey("also")) ?? []
            }
        }

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["affairs"])
            affairs = try box.decode([Affair].self, forKey: ConfigKey("affairs"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func rule() throws(IIDRulesError) -> IIDAffairsRule {
            let trim = { (text: String) in text.trimmingCharacters(in: .whitespaces) }
            let names = affairs.map { trim($0.name) }
            let others = affairs.flatMap { $0.also.map(trim) }
            guard !names.isEmpty, !(names + others).contains(where: \.isEmpty) else {
                throw IIDRulesError(key: "basicServiceAffairs.affairs", problem: ConfigText.expectedAffairs)
            }
            let also = Dictionary(affairs.map { (trim($0.name), $0.also.map(trim)) }) { first, _ in first }
            return IIDAffairsRule(
                affairs: names, alsoKnownAs: also.filter { !$0.value.isEmpty }, provenance: provenance)
        }
    }

    /// `predicates:` its `bands`, each a `name` and a `from`.
    struct Predicates: Decodable, Sendable {
        var bands: [Band]
        var provenance: IIDProvenance

        struct Band: Decodable, Sendable {
            var name: String
            var from: Double

            init(from decoder: any Decoder) throws {
                try IIDRulesFile.refuseUnknownKeys(in: decoder, allowed: ["name", "from"])
                let box = try decoder.container(keyedBy: ConfigKey.self)
                name = try box.decode(String.self, forKey: ConfigKey("name"))
                from = try box.decode(Double.self, forKey: ConfigKey("from"))
            }
        }

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["bands"])
            bands = try box.decode([Band].self, forKey: ConfigKey("bands"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func rule() throws(IIDRulesError) -> IIDPredicateRule {
            guard !bands.isEmpty else { throw IIDRulesError(key: "predicates.bands", problem: IIDText.expectedBands) }
            for (index, band) in bands.enumerated() {
                guard !band.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw IIDRulesError(key: "predicates.bands[\(index)].name", problem: ConfigText.expectedText)
                }
                guard (0...100).contains(band.from) else {
                    throw IIDRulesError(key: "predicates.bands[\(index)].from", problem: IIDText.expectedIndex)
                }
            }
            guard Set(bands.map(\.from)).count == bands.count else {
                throw IIDRulesError(key: "predicates.bands", problem: IIDText.expectedBands)
            }
            return IIDPredicateRule(
                bands: bands.map { IIDPredicateBand(name: $0.name, from: $0.from) }, provenance: provenance)
        }
    }

    /// `window:` its `from` and `to` days.
    struct Window: Decodable, Sendable {
        var from: String
        var to: String
        var provenance: IIDProvenance

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["from", "to"])
            from = try box.decode(String.self, forKey: ConfigKey("from"))
            to = try box.decode(String.self, forKey: ConfigKey("to"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func rule() throws(IIDRulesError) -> IIDWindow {
            guard let first = CalendarDay(iso: from) else {
                throw IIDRulesError(key: "window.from", problem: IIDText.expectedDay)
            }
            guard let last = CalendarDay(iso: to), first <= last else {
                throw IIDRulesError(key: "window.to", problem: IIDText.expectedDay)
            }
            return IIDWindow(from: first, to: last, provenance: provenance)
        }
    }

    /// One item of `spd:` or `sid:`.
    struct Indicator: Decodable, Sendable {
        var number: String
        var name: String
        var weight: Double
        var mandatory: Bool
        var levels: [String]
        var from: String?
        var provenance: IIDProvenance

        init(from decoder: any Decoder) throws {
            let box = try IIDRulesFile.container(decoder, ["number", "name", "weight", "mandatory", "levels", "from"])
            number = try box.decode(String.self, forKey: ConfigKey("number"))
            name = try box.decode(String.self, forKey: ConfigKey("name"))
            weight = try box.decode(Double.self, forKey: ConfigKey("weight"))
            mandatory = try box.decodeIfPresent(Bool.self, forKey: ConfigKey("mandatory")) ?? false
            levels = try box.decodeIfPresent([String].self, forKey: ConfigKey("levels")) ?? []
            from = try box.decodeIfPresent(String.self, forKey: ConfigKey("from"))
            provenance = try IIDRulesFile.provenance(box)
        }

        func indicator(key: String) throws(IIDRulesError) -> IIDIndicator {
            guard !number.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw IIDRulesError(key: key + ".number", problem: ConfigText.expectedText)
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw IIDRulesError(key: key + ".name", problem: ConfigText.expectedText)
            }
            guard weight > 0, weight <= 100 else {
                throw IIDRulesError(key: key + ".weight", problem: IIDText.expectedPositive)
            }
            guard levels.count <= 3 else { throw IIDRulesError(key: key + ".levels", problem: IIDText.expectedLevels) }
            guard from == nil || from == "enactment" else {
                throw IIDRulesError(key: key + ".from", problem: IIDText.expectedSource)
            }
            let texts = levels + Array(repeating: "", count: 3 - levels.count)
            return IIDIndicator(
                number: number, name: name, weight: weight, mandatory: mandatory, levels: texts, provenance: provenance,
                fromEnactment: from == "enactment")
        }
    }
}

extension IIDRulesFile {
    /// `lastOfficial:` the region's last published result.
    struct LastOfficial: Decodable, Sendable {
        var year: Int
        var index: Double
        var predicate: String
        var source: String?

        init(from decoder: any Decoder) throws {
            try IIDRulesFile.refuseUnknownKeys(in: decoder, allowed: ["year", "index", "predicate", "source"])
            let box = try decoder.container(keyedBy: ConfigKey.self)
            year = try box.decode(Int.self, forKey: ConfigKey("year"))
            index = try box.decode(Double.self, forKey: ConfigKey("index"))
            predicate = try box.decode(String.self, forKey: ConfigKey("predicate"))
            source = try box.decodeIfPresent(String.self, forKey: ConfigKey("source"))
        }

        func result() throws(IIDRulesError) -> IIDOfficialResult {
            guard (2000...2100).contains(year) else {
                throw IIDRulesError(key: "lastOfficial.year", problem: IIDText.expectedYear)
            }
            guard (0...100).contains(index) else {
                throw IIDRulesError(key: "lastOfficial.index", problem: IIDText.expectedIndex)
            }
            return IIDOfficialResult(year: year, index: index, predicate: predicate, source: source ?? "")
        }
    }
}
