import Foundation
import Testing

/// Every bad `review` input: a clear message in the chosen language naming what is wrong, exit
/// status 1, and the store file byte for byte as it was.
@Suite("inovasi review: bad input")
struct ReviewBadInputTests {
    /// A demo store with one proposal taken by the current user (in review) and one still submitted.
    func prepared() throws -> (CLISandbox, taken: QueuedProposal, open: QueuedProposal) {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let queue = try sandbox.queued()
        let taken = try #require(queue.first)
        let open = try #require(queue.dropFirst().first)
        #expect(try sandbox.run(["review", "take", taken.arg]).status == 0)
        return (sandbox, taken, open)
    }

    /// Runs `arguments`, expects exit 1 with every one of `names` in standard error, and no change to
    /// the store (the history of the proposals in `watching` included).
    func refused(
        _ sandbox: CLISandbox, watching ids: [Int64], _ arguments: [String], naming names: [String]
    ) throws {
        let before = try sandbox.fingerprint(ids)
        let result = try sandbox.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stdout) \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments)")
        for name in names {
            #expect(result.stderr.contains(name), "\(arguments): \(result.stderr)")
        }
        #expect(try sandbox.fingerprint(ids) == before, "\(arguments) changed the store")
    }

    @Test("an unknown or malformed id")
    func unknownID() throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        try refused(
            sandbox, watching: watch, ["review", "approve", "99999"], naming: ["Usulan #99999 tidak ditemukan."])
        try refused(
            sandbox, watching: watch, ["review", "take", "99999", "--lang", "en"],
            naming: ["Proposal #99999 not found."])
        try refused(sandbox, watching: watch, ["review", "undo", "99999", "--expect-version", "2"], naming: ["#99999"])
        try refused(sandbox, watching: watch, ["review", "history", "99999"], naming: ["#99999"])
        try refused(sandbox, watching: watch, ["review", "take", "abc"], naming: ["Nomor usulan “abc” tidak sah"])
        try refused(sandbox, watching: watch, ["review", "approve"], naming: ["ID wajib diisi."])
        try refused(sandbox, watching: watch, ["review", "unassign", "--lang", "en"], naming: ["ID is required."])
        try refused(
            sandbox, watching: watch, ["review", "take", "0", "--lang", "en"], naming: ["Invalid proposal number “0”"])
        try refused(
            sandbox, watching: watch, ["review", "take", "5", "--expect-version", "x"],
            naming: ["--expect-version", "“x”"])
    }

    @Test("a score outside 1–5, missing or not a number")
    func badScores() throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        let valid = ["--renewal", "4", "--benefit", "4", "--burden", "4", "--authority", "4", "--replicable", "4"]
        var high = valid
        high[3] = "6"
        try refused(
            sandbox, watching: watch, ["review", "score", taken.arg] + high, naming: ["6", "--benefit", "1 sampai 5"])
        var zero = valid
        zero[9] = "0"
        try refused(
            sandbox, watching: watch, ["review", "score", taken.arg, "--lang", "en"] + zero,
            naming: ["0", "--replicable", "1 to 5"])
        try refused(
            sandbox, watching: watch, ["review", "score", taken.arg] + valid.dropLast(2),
            naming: ["--replicable wajib diisi"])
        var word = valid
        word[1] = "empat"
        try refused(sandbox, watching: watch, ["review", "score", taken.arg] + word, naming: ["“empat”", "--renewal"])
        try refused(
            sandbox, watching: watch, ["review", "score", taken.arg, "--criterion-note", "speed=cepat"] + valid,
            naming: ["speed=cepat"])
    }

    @Test("a note missing where one is required")
    func missingNote() throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        try refused(
            sandbox, watching: watch, ["review", "reject", taken.arg],
            naming: ["`review reject` memerlukan catatan", "--note"])
        try refused(
            sandbox, watching: watch, ["review", "revise", taken.arg, "--note", "  ", "--lang", "en"],
            naming: ["`review revise` needs a note", "--note"])
    }

    @Test("a decision the current status does not allow")
    func wrongStatus() throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        let history = try [sandbox.actions(taken.id), sandbox.actions(open.id)]
        try refused(
            sandbox, watching: watch, ["review", "approve", open.arg],
            naming: ["Usulan berstatus Diajukan tidak dapat disetujui."])
        try refused(
            sandbox, watching: watch, ["review", "take", taken.arg, "--lang", "en"],
            naming: ["A proposal that is In review cannot be taken into review."])
        try refused(
            sandbox, watching: watch,
            [
                "review", "score", open.arg, "--renewal", "4", "--benefit", "4", "--burden", "4", "--authority", "4",
                "--replicable", "4",
            ], naming: ["Usulan #\(open.id) berstatus Diajukan; hanya usulan Ditinjau yang dapat dinilai."])
        try refused(sandbox, watching: watch, ["review", "unassign", open.arg], naming: ["#\(open.id)", "Diajukan"])
        #expect(try [sandbox.actions(taken.id), sandbox.actions(open.id)] == history)
    }

    @Test("a version someone changed since is refused naming who and what")
    func staleVersion() throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        let me = CLISandbox.userName()
        try refused(
            sandbox, watching: watch, ["review", "approve", taken.arg, "--expect-version", String(taken.version)],
            naming: ["Usulan #\(taken.id) sudah diubah oleh \(me)", "mengambilnya untuk ditinjau", "WIB"])
    }

    @Test(
        "a role that may not decide: a supervisor and a viewer are told why not",
        arguments: [("supervisor", "Pimpinan", "Supervisor"), ("viewer", "Pemantau", "Viewer")])
    func roles(role: String, indonesian: String, english: String) throws {
        let (sandbox, taken, open) = try prepared()
        let watch = [taken.id, open.id]
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", me, role]).status == 0)
        try refused(
            sandbox, watching: watch, ["review", "approve", taken.arg],
            naming: ["Pengguna \(me) (peran: \(indonesian)) tidak berhak menyetujui usulan."])
        try refused(
            sandbox, watching: watch, ["review", "reject", taken.arg, "--note", "x", "--lang", "en"],
            naming: ["User \(me) (role: \(english)) may not reject proposals."])
        try refused(sandbox, watching: watch, ["review", "take", open.arg], naming: [me, indonesian])
        try refused(
            sandbox, watching: watch, ["review", "assign", open.arg, "--to", "kepala"], naming: [me, indonesian])
        try refused(sandbox, watching: watch, ["review", "undo", taken.arg], naming: [me, indonesian])
    }

    @Test("--help of a review command prints only the help, with exit status 0")
    func help() throws {
        let sandbox = try CLISandbox()
        for command in ["approve", "reject", "score", "assign"] {
            let result = try sandbox.run(["review", command, "--help", "--lang", "en"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE: inovasi review \(command)"), "\(command)")
            #expect(result.stderr.isEmpty, "\(command): \(result.stderr)")
        }
    }
}
