import Foundation

extension IIDPlanReport {
    /// Everything with stable English keys: the estimate's parts, each innovation, each action.
    public func json() -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}\n" }
        return JSONText.escapingControls(text) + "\n"
    }

    /// The JSON document as a dictionary.
    func jsonObject() -> [String: Any] {
        var object: [String: Any] = [
            "year": estimate.year, "spd": estimate.spd, "spdMaximum": estimate.spdMaximum,
            "sidMaximum": estimate.sidMaximum, "sent": estimate.sent,
            "maturity": [
                "average": estimate.maturity.average, "divisor": estimate.maturity.divisor,
                "sidSum": estimate.tally.sidSum,
            ],
            "number": estimate.number, "missingAffairs": estimate.missingAffairs, "total": estimate.total,
            "maxTotal": estimate.maxTotal, "index": estimate.index,
            "predicate": estimate.predicate?.name ?? NSNull(),
            "innovations": innovations.map(Self.json), "actions": actions.map(json),
        ]
        if let next = estimate.nextPredicate, let missing = estimate.pointsToNext {
            object["nextPredicate"] = ["name": next.name, "from": next.from, "pointsMissing": missing]
        }
        if let official = estimate.lastOfficial {
            object["lastOfficial"] = [
                "year": official.year, "index": official.index, "predicate": official.predicate,
                "source": official.source,
            ]
        }
        if let agencyID { object["agencyID"] = agencyID }
        return object
    }

    static func json(_ status: IIDInnovationStatus) -> [String: Any] {
        [
            "id": status.id, "title": status.title, "agencyID": status.agencyID, "agency": status.agencyName,
            "sid": status.sid, "sent": status.sent, "inWindow": status.inWindow, "stageOK": status.stageOK,
            "stopped": status.stopped, "missingMandatory": status.missingMandatory.map(\.number),
        ]
    }

    func json(_ action: IIDAction) -> [String: Any] {
        var object: [String: Any] = [
            "gain": action.gain, "text": IIDPlanText.action(action, rules: estimate.formula.rules).text(language),
            "mandatory": action.mandatory,
        ]
        switch action.kind {
        case .raise(let indicator, let from, let to):
            object.merge(["kind": "raise", "indicator": indicator, "from": from, "to": to]) { $1 }
        case .addEvidence(let indicator, let level):
            object.merge(["kind": "addEvidence", "indicator": indicator, "level": level]) { $1 }
        case .addInnovations(let affairs):
            object.merge(["kind": "addInnovations", "affairs": affairs]) { $1 }
        case .leaveOut:
            object["kind"] = "leaveOut"
        }
        if let id = action.innovationID { object["innovationID"] = id }
        if let id = action.agencyID { object["agencyID"] = id }
        if !action.innovationTitle.isEmpty { object["innovation"] = action.innovationTitle }
        if !action.agencyName.isEmpty { object["agency"] = action.agencyName }
        return object
    }
}
