import InovasiCore

/// Where the dashboard's changes to innovations go: the store, through an adapter.
///
/// Each call is one transaction that checks the rules again (``StageRule``, who may set a main
/// innovation); a refusal is thrown as a ``ReviewRefusal`` naming why, and nothing is changed.
public protocol InnovationDesk {
    /// Moves the innovation one stage on (inisiatif → uji coba → penerapan); returns it as saved.
    func advanceStage(_ id: Int64) throws -> Innovation
    /// Moves the innovation back to `stage` with `note` (admins only); returns it as saved.
    func moveStageBack(_ id: Int64, to stage: Stage, note: String) throws -> Innovation
    /// Makes the innovation its OPD's (or its bidang's) main innovation, or no longer main.
    func setMain(_ id: Int64, _ isMain: Bool) throws -> Innovation
    /// Adds a new innovation (admins only); returns it as saved, with its id.
    func addInnovation(_ innovation: Innovation) throws -> Innovation
    /// Saves an innovation's fields (admins only; stage, main flag and stop are kept); returns it.
    func editInnovation(_ innovation: Innovation) throws -> Innovation
    /// Lets a stopped innovation run again (admins only); returns it as saved.
    func resumeInnovation(_ id: Int64) throws -> Innovation
}
