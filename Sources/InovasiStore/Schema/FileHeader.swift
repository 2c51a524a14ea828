import Foundation

/// The first 100 bytes of an SQLite file, read with plain POSIX calls before SQLite touches it.
///
/// `open` decides from these bytes alone whether the file is an inovasi store of a schema this
/// build understands, so a foreign, truncated or newer file is refused before any connection
/// could migrate it, switch it to WAL or write a journal.
struct FileHeader: Equatable {
    var pageSize: Int
    var fileSize: Int
    /// In-header page count; meaningful only when `sizeIsValid`.
    var pageCount: Int
    var sizeIsValid: Bool
    var userVersion: Int
    var applicationID: Int32

    private static let magic = Array("SQLite format 3\0".utf8)

    /// Reads and checks the header of the file at `path`; throws the refusal `open` must give.
    static func inspect(path: String) throws(StoreError) -> FileHeader {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .io(path: path, detail: DetailText.errno(errno))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.notRegularFile.detail())
        }
        let bytes = try readPrefix(path: path, count: 100)
        return try parse(bytes, fileSize: Int(info.st_size), path: path)
    }

    /// The header read through `descriptor`, an open file, without opening or closing anything:
    /// closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
    /// shared lock included, and a writer that then believes itself the last connection deletes
    /// the `-wal` and `-shm` the open store still reads (it would never see a change again).
    static func inspect(descriptor: Int32, path: String) throws(StoreError) -> FileHeader {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, detail: DetailText.errno(errno)) }
        let bytes = try readPrefix(descriptor: descriptor, path: path, count: 100)
        return try parse(bytes, fileSize: Int(info.st_size), path: path)
    }

    private static func readPrefix(path: String, count: Int) throws(StoreError) -> [UInt8] {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .io(path: path, detail: DetailText.errno(errno))
        }
        defer { close(descriptor) }
        return try readPrefix(descriptor: descriptor, path: path, count: count)
    }

    private static func readPrefix(descriptor: Int32, path: String, count: Int) throws(StoreError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress.map { $0 + filled }, count - filled, off_t(filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, detail: DetailText.errno(errno))
            }
            if got == 0 { break }
            filled += got
        }
        return Array(buffer[0..<filled])
    }

    static func parse(_ bytes: [UInt8], fileSize: Int, path: String) throws(StoreError) -> FileHeader {
        if fileSize == 0 { throw .notAnInovasiStore(path: path, detail: FileProblem.empty.detail()) }
        guard bytes.count >= 16, Array(bytes[0..<16]) == magic else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.notSQLite.detail())
        }
        guard bytes.count == 100 else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.truncated.detail(DetailText.size(fileSize)))
        }
        let rawPageSize = Int(be16(bytes, 16))
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0 else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.notSQLite.detail(DetailText.pageSize(rawPageSize)))
        }
        let changeCounter = be32(bytes, 24)
        let validFor = be32(bytes, 92)
        let pageCount = Int(be32(bytes, 28))
        return FileHeader(
            pageSize: pageSize, fileSize: fileSize, pageCount: pageCount,
            sizeIsValid: pageCount > 0 && changeCounter == validFor,
            userVersion: Int(Int32(bitPattern: be32(bytes, 60))),
            applicationID: Int32(bitPattern: be32(bytes, 68)))
    }

    /// Refuses a file that is not ours, is cut short, or has a newer schema.
    ///
    /// `walInUse` says a `-wal` file with content sits beside it: then the main file may lag behind
    /// (a checkpoint in progress), so its size is not compared with the in-header page count.
    func check(path: String, supportedVersion: Int, walInUse: Bool) throws(StoreError) {
        guard applicationID == StoreSchema.applicationID else {
            let facts = String(format: "application_id 0x%08X", UInt32(bitPattern: applicationID))
            throw .notAnInovasiStore(path: path, detail: FileProblem.foreignApplication.detail(facts))
        }
        let expected = pageCount * pageSize
        if fileSize % pageSize != 0 || (!walInUse && sizeIsValid && fileSize < expected) {
            let facts = DetailText.size(fileSize, of: sizeIsValid ? expected : nil)
            throw .notAnInovasiStore(path: path, detail: FileProblem.truncated.detail(facts))
        }
        if userVersion > supportedVersion {
            throw .newerSchema(path: path, found: userVersion, supported: supportedVersion)
        }
    }

    private static func be16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    private static func be32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
