import InovasiCore

/// Reads the administration view's lists and performs its changes, reporting each as saved or refused.
struct AdminEffectRunner {
    let desk: AdminDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            switch effect {
            case .loadAdmin:
                return [.adminLoaded(try desk.adminData())]
            case .loadAdminAgency(let id):
                return try desk.adminAgency(id).map { [.adminAgencyLoaded($0)] } ?? []
            case .changeAdmin(let change):
                try desk.apply(change)
                return [.adminSaved(AdminText.saved(change))]
            default:
                return []
            }
        } catch let refusal as ReviewRefusal {
            return [.adminRefused(refusal.localized)]
        } catch {
            return [.adminRefused(DashboardText.unexpected(String(describing: error)))]
        }
    }
}
