import InovasiCore

/// The rules as a JSON object with stable English keys: the same names as the YAML file's.
enum IIDRulesJSON {
    /// The whole rules; a section the file lacks is left out.
    static func object(_ rules: IIDRules) -> [String: Any] {
        var object: [String: Any] = [
            "year": rules.year, "source": rules.source, "verified": rules.verified,
            "spd": rules.spd.map(indicator), "sid": rules.sid.map(indicator),
            "spdMaximum": rules.spdMaximum, "sidMaximum": rules.sidMaximum, "missing": rules.missingSections,
        ]
        if let maxTotal = rules.maxTotal { object["maxTotal"] = maxTotal }
        if let divisor = rules.divisor {
            object["divisor"] = with(divisor.provenance, ["minimum": divisor.minimum])
        }
        if let rule = rules.numberScore {
            object["numberScore"] = with(rule.provenance, ["perInnovation": rule.perInnovation, "cap": rule.cap])
        }
        if let rule = rules.basicServiceAffairs {
            object["basicServiceAffairs"] = with(rule.provenance, ["affairs": rule.affairs])
        }
        if let rule = rules.predicates {
            let bands = rule.bands.map { ["name": $0.name, "from": $0.from] as [String: Any] }
            object["predicates"] = with(rule.provenance, ["bands": bands])
        }
        if let window = rules.window {
            object["window"] = with(window.provenance, ["from": "\(window.from)", "to": "\(window.to)"])
        }
        if let stage = rules.requiredStage { object["stage"] = stage.rawValue }
        if let official = rules.lastOfficial {
            object["lastOfficial"] = [
                "year": official.year, "index": official.index, "predicate": official.predicate,
                "source": official.source,
            ]
        }
        return object
    }

    private static func indicator(_ item: IIDIndicator) -> [String: Any] {
        with(
            item.provenance,
            [
                "number": item.number, "name": item.name, "weight": item.weight, "mandatory": item.mandatory,
                "levels": item.levels, "from": item.fromEnactment ? "enactment" : "",
            ])
    }

    private static func with(_ provenance: IIDProvenance, _ object: [String: Any]) -> [String: Any] {
        var result = object
        result["verified"] = provenance.verified
        result["source"] = provenance.source
        return result
    }
}
