// A helper process for the store tests: writes or holds a transaction in a separate process, so
// the tests can exercise several processes on one file and a writer killed mid-transaction.
//
//   inovasi-store-worker write PATH N TAG [ACTOR]
//                                           waits for PATH.go, then adds N OPDs (TAG-1 … TAG-N),
//                                           each in its own transaction, as ACTOR (default: the
//                                           Unix user); prints "ready" and "done N"; a refusal ends
//                                           it with the store's message and exit status
//   inovasi-store-worker write-each PATH N TAG ACTOR
//                                           as write, but each OPD by a new open of the store, as
//                                           N runs of a command do (the files come and go)
//   inovasi-store-worker read PATH          opens read-only, prints "agencies N"
//   inovasi-store-worker hold PATH          starts a demo import (one long transaction), prints
//                                           "holding" halfway through and sleeps until killed
//   inovasi-store-worker commit PATH TAG    adds the OPD TAG (one committed transaction), prints
//                                           "committed" and sleeps until killed, the store still open
//   inovasi-store-worker read-wait PATH     opens the store read-only like the kiosk, reads it once,
//                                           prints "reading" and sleeps until killed
//   inovasi-store-worker lock PATH SECONDS  takes the write lock (BEGIN IMMEDIATE and a change),
//                                           prints "locked", holds it SECONDS, then rolls back
//   inovasi-store-worker whoami             prints Store.currentUserName()
//   inovasi-store-worker sql PATH SQL       runs raw SQL past the store's rules (foreign keys and
//                                           CHECK constraints off), to plant damage for check()
//   inovasi-store-worker dump PATH          prints every row of every table, tables by name and
//                                           rows in key order, so a test can compare a store's
//                                           content before and after a refused command
import Foundation
import GRDB
import InovasiCore
import InovasiStore

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func fail(_ error: StoreError) -> Never {
    FileHandle.standardError.write(Data((error.message(.en) + "\n").utf8))
    exit(error.exitCode)
}

func write(path: String, count: Int, tag: String, actor: String = Store.currentUserName()) {
    do {
        let store = try Store.open(at: path)
        say("ready")
        while !FileManager.default.fileExists(atPath: path + ".go") { usleep(1000) }
        for index in 1...count {
            // A code has no spaces; the tag may ("Uji Langsung").
            let code = tag.replacingOccurrences(of: " ", with: "") + "-\(index)"
            let agency = Agency(code: code, name: "Dinas \(tag) \(index)", kind: .dinas)
            _ = try store.addAgency(agency, by: actor)
        }
        say("done \(count)")
    } catch {
        fail(error)
    }
}

func writeEach(path: String, count: Int, tag: String, actor: String) {
    while !FileManager.default.fileExists(atPath: path + ".go") { usleep(1000) }
    do {
        for index in 1...count {
            let store = try Store.open(at: path)
            // A code has no spaces; the tag may ("Uji Langsung").
            let code = tag.replacingOccurrences(of: " ", with: "") + "-\(index)"
            let agency = Agency(code: code, name: "Dinas \(tag) \(index)", kind: .dinas)
            _ = try store.addAgency(agency, by: actor)
        }
        say("done \(count)")
    } catch {
        fail(error)
    }
}

func read(path: String) {
    do {
        let store = try Store.open(at: path, mode: .readOnly)
        say("agencies \(try store.agencies().count)")
    } catch {
        fail(error)
    }
}

/// Far enough in that the transaction's pages overflow SQLite's cache into the -wal file.
let heldAt = 3000

func heldProposal(_ index: Int) -> DemoProposal {
    if index == heldAt {
        say("holding")
        while true { sleep(60) }
    }
    let submitted = Date(timeIntervalSince1970: 1_780_000_000 + Double(index) * 60)
    let proposal = Proposal(
        id: Int64(index + 1), title: "Usulan tertahan \(index)", agencyID: 1, initiatorKind: .civilServant,
        initiatorName: "ASN", form: .publicService, kind: .digital, affair: "kesehatan",
        design: String(repeating: "Rancang bangun layanan \(index). ", count: 120),
        goal: "Tujuan", benefit: "Manfaat", expectedResult: "Hasil", budget: 1_000_000, submittedAt: submitted)
    return DemoProposal(proposal: proposal, assignee: nil, scores: [], history: [])
}

func hold(path: String) {
    do {
        let store = try Store.open(at: path)
        let data = DemoDataSet(
            agencies: [Agency(id: 1, code: "HELD", name: "Dinas Tertahan", kind: .dinas)], divisions: [], users: [],
            innovations: [], sessions: [], proposalCount: heldAt * 2, makeProposal: heldProposal)
        try store.importDemo(data, by: Store.currentUserName())
        say("finished")
    } catch {
        fail(error)
    }
}

func commitAndWait(path: String, tag: String) {
    do {
        let store = try Store.open(at: path)
        _ = try store.addAgency(Agency(code: tag, name: "Dinas \(tag)", kind: .dinas), by: Store.currentUserName())
        say("committed")
        while true { sleep(60) }
    } catch {
        fail(error)
    }
}

func readAndWait(path: String) {
    do {
        let store = try Store.open(at: path, mode: .readOnly)
        _ = try store.agencies()
        say("reading")
        while true { sleep(60) }
    } catch {
        fail(error)
    }
}

/// Holds the write lock the way a slow writer in another process does, then gives it back unchanged.
func lock(path: String, seconds: Double) {
    do {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE meta SET value = value || '' WHERE key = 'app'")
            say("locked")
            Thread.sleep(forTimeInterval: seconds)
            try db.execute(sql: "ROLLBACK")
        }
        say("released")
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(3)
    }
}

func dump(path: String) {
    do {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            for table in tables {
                say("table \(table)")
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(table)\")").count
                let order = (1...max(1, columns)).map(String.init).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY \(order)") {
                    say(row.description)
                }
            }
        }
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(3)
    }
}

func plant(path: String, sql: String) {
    do {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        say("planted")
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(3)
    }
}

let arguments = CommandLine.arguments
switch (arguments.count > 1 ? arguments[1] : "", arguments.count) {
case ("write", 5):
    write(path: arguments[2], count: Int(arguments[3]) ?? 1, tag: arguments[4])
case ("write", 6):
    write(path: arguments[2], count: Int(arguments[3]) ?? 1, tag: arguments[4], actor: arguments[5])
case ("write-each", 6):
    writeEach(path: arguments[2], count: Int(arguments[3]) ?? 1, tag: arguments[4], actor: arguments[5])
case ("read", 3):
    read(path: arguments[2])
case ("hold", 3):
    hold(path: arguments[2])
case ("commit", 4):
    commitAndWait(path: arguments[2], tag: arguments[3])
case ("read-wait", 3):
    readAndWait(path: arguments[2])
case ("lock", 4):
    lock(path: arguments[2], seconds: Double(arguments[3]) ?? 10)
case ("whoami", 2):
    say(Store.currentUserName())
case ("sql", 4):
    plant(path: arguments[2], sql: arguments[3])
case ("dump", 3):
    dump(path: arguments[2])
default:
    FileHandle.standardError.write(
        Data(
            "usage: inovasi-store-worker write PATH N TAG [ACTOR] | write-each PATH N TAG ACTOR | read PATH | read-wait PATH | hold PATH | commit PATH TAG | lock PATH SECONDS | whoami | sql PATH SQL | dump PATH\n"
                .utf8))
    exit(64)
}
