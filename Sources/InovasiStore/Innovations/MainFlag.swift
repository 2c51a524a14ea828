import GRDB
import InovasiCore

/// The main-innovation flag's scope: one per OPD among the innovations it runs itself (no bidang),
/// one per bidang (Instruksi Wali Kota Cilegon 1/2022). The file holds it with two unique indexes.
enum MainFlag {
    /// The id of the main innovation in `innovation`'s scope other than itself, if any.
    static func current(of innovation: Innovation, _ db: Database) throws -> Int64? {
        if let divisionID = innovation.divisionID {
            return try Int64.fetchOne(
                db, sql: "SELECT id FROM innovation WHERE is_main = 1 AND division_id = ? AND id <> ?",
                arguments: [divisionID, innovation.id])
        }
        return try Int64.fetchOne(
            db,
            sql: "SELECT id FROM innovation WHERE is_main = 1 AND division_id IS NULL AND agency_id = ? AND id <> ?",
            arguments: [innovation.agencyID, innovation.id])
    }
}
