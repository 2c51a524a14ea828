import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

extension StoreDashboardSource: AdminDesk {
    /// Every OPD (inactive ones too) and every user.
    public func adminData() throws -> AdminData {
        try refusing { () throws(StoreError) in AdminData(agencies: try store.agencies(), users: try store.users()) }
    }

    /// One OPD with its bidang; nil when there is no such OPD.
    public func adminAgency(_ id: Int64) throws -> AdminAgency? {
        try refusing { () throws(StoreError) in
            guard let agency = try store.agency(id: id) else { return nil }
            return AdminAgency(agency: agency, divisions: try store.divisions(agencyID: id))
        }
    }

    /// Makes the change as the actor through the store's own audited functions (admins only).
    public func apply(_ change: AdminChange) throws {
        try refusing { () throws(StoreError) in
            switch change {
            case .addAgency(let agency): _ = try store.addAgency(agency, by: actor)
            case .editAgency(let agency): _ = try store.editAgency(agency, by: actor)
            case .setActive(let id, let active): _ = try store.setAgencyActive(id: id, active, by: actor)
            case .addDivision(let division): _ = try store.addDivision(division, by: actor)
            case .renameDivision(let id, let name): _ = try store.renameDivision(id: id, to: name, by: actor)
            case .removeDivision(let id): try store.removeDivision(id: id, by: actor)
            case .addUser(let user): try store.addUser(user, by: actor)
            case .setRole(let name, let role): try store.setRole(of: name, to: role, by: actor)
            }
        }
    }
}
