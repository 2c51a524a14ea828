import InovasiCore

/// The kiosk's freshness line: "data per 10.42" (the time of the last change it read) or, when
/// the store cannot be read or its file was replaced, a warning naming the problem and how old the
/// picture is. A function of the state, so any kiosk page can show it in its header.
public enum KioskStatusLine {
    /// The text and whether it is a warning; nil before anything was read and nothing is wrong.
    public static func text(_ state: DashboardState) -> (text: String, isWarning: Bool)? {
        let language = state.language
        let asOf = state.loadedAt.map { DateText.time($0, in: state.context.timeZone, language) }
        let dataAsOf = DashboardText.dataAsOf.text(language) + " " + (asOf ?? "–")
        if let warning = state.fileProblem.flatMap(KioskStatusText.warning) {
            return ("! " + warning.text(language) + " · " + dataAsOf, true)
        }
        if state.loadProblem != nil {
            return ("! " + KioskStatusText.dataUnreadable.text(language) + " · " + dataAsOf, true)
        }
        return asOf == nil ? nil : (dataAsOf, false)
    }
}
