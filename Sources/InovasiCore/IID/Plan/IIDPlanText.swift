/// The words of the IID planner's actions, shared by `inovasi iid` and the dashboard's planner so
/// a step reads the same everywhere.
public enum IIDPlanText {
    /// One ranked action in words; `rules` tells a regulasi read from the penetapan apart.
    public static func action(_ action: IIDAction, rules: IIDRules) -> Localized {
        let title = action.innovationTitle
        switch action.kind {
        case .raise(let number, let from, let to):
            let indicator = "\(number) \(action.indicatorName)"
            if action.innovationID == nil {
                return Localized(
                    id: "Naikkan indikator daerah \(indicator) dari tingkat \(from) ke \(to)",
                    en: "Raise the region's indicator \(indicator) from level \(from) to \(to)")
            }
            if rules.sid.first(where: { $0.number == number })?.fromEnactment == true {
                return Localized(
                    id: "Tetapkan “\(title)” dengan penetapan lebih tinggi (\(indicator): tingkat \(from) ke \(to))",
                    en: "Enact “\(title)” by a higher penetapan (\(indicator): level \(from) to \(to))")
            }
            return Localized(
                id: "Naikkan indikator \(indicator) dari tingkat \(from) ke \(to) pada “\(title)”",
                en: "Raise indicator \(indicator) from level \(from) to \(to) on “\(title)”")
        case .addEvidence(let number, let level):
            let indicator = "\(number) \(action.indicatorName)"
            if action.innovationID == nil {
                return Localized(
                    id: "Lengkapi dokumen indikator daerah \(indicator) (tingkat \(level))",
                    en: "Add the document of the region's indicator \(indicator) (level \(level))")
            }
            return Localized(
                id: "Lengkapi dokumen indikator \(indicator) (tingkat \(level)) pada “\(title)”",
                en: "Add the document of indicator \(indicator) (level \(level)) on “\(title)”")
        case .addInnovations(let affairs):
            let list = affairs.joined(separator: "; ")
            return Localized(
                id: "Kirim satu inovasi pada tiap urusan pelayanan dasar yang kosong: \(list)",
                en: "Send one innovation in each basic-service affair left empty: \(list)")
        case .leaveOut:
            return Localized(
                id: "Jangan kirim “\(title)”: skor SID-nya yang rendah menurunkan rata-rata",
                en: "Leave out “\(title)”: its low SID score pulls the average down")
        }
    }

    /// Why an innovation is not sent, or that it is.
    public static func sendState(_ status: IIDInnovationStatus) -> Localized {
        if status.stopped { return Localized(id: "tidak dikirim: dihentikan", en: "not sent: stopped") }
        if !status.stageOK {
            return Localized(
                id: "tidak dikirim: belum tahap yang disyaratkan", en: "not sent: below the stage required")
        }
        if !status.inWindow {
            return Localized(
                id: "tidak dikirim: di luar rentang pelaporan", en: "not sent: outside the reporting window")
        }
        return Localized(id: "dikirim", en: "sent")
    }
}
