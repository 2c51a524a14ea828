import Foundation

/// Whether SQLite would take anything from a `-wal` file when it recovers it, worked out the way SQLite does.
///
/// Recovery reads the 32-byte header (magic, format, page size, salts, checksum over the header),
/// then frame after frame while each carries the header's salts and a checksum that continues the
/// previous one over the frame header and page. Only frames up to the last commit frame (one that
/// names the database size) count; the rest are ignored. So a log with no such frame changes
/// nothing when merged, and one with committed frames rewrites pages of the database beside it.
struct WALFile: Equatable {
    /// Frames up to and including the first valid commit frame; 0 when there is no commit to merge.
    var committedFrames: Int
    /// Size of the file in bytes.
    var size: Int

    private static let headerSize = 32
    private static let frameHeaderSize = 24
    private static let version: UInt32 = 3_007_000

    /// Reads the log at `path`; nil when there is none.
    static func inspect(path: String) throws(StoreError) -> WALFile? {
        guard StoreFiles.exists(path) else { return nil }
        do {
            // Mapped, not read: a log can be as large as the database.
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            let frames = data.withUnsafeBytes { committedFrames(in: $0) }
            return WALFile(committedFrames: frames, size: data.count)
        } catch {
            throw .io(path: path, detail: String(describing: error))
        }
    }

    /// Counts the frames SQLite's recovery would accept up to the first commit frame (0: none).
    static func committedFrames(in bytes: UnsafeRawBufferPointer) -> Int {
        guard bytes.count >= headerSize else { return 0 }
        let magic = be32(bytes, 0)
        let pageSize = Int(be32(bytes, 8))
        guard magic & 0xFFFF_FFFE == 0x377F_0682, be32(bytes, 4) == version, pageSize >= 512,
            pageSize <= 65_536, pageSize & (pageSize - 1) == 0
        else { return 0 }
        let bigEndian = magic & 1 == 1
        var sum = checksum(bytes, 0..<24, bigEndian: bigEndian, seed: (0, 0))
        guard sum.0 == be32(bytes, 24), sum.1 == be32(bytes, 28) else { return 0 }
        let salts = (be32(bytes, 16), be32(bytes, 20))
        var frame = 0
        var offset = headerSize
        while offset + frameHeaderSize + pageSize <= bytes.count {
            let page = offset + frameHeaderSize
            guard be32(bytes, offset + 8) == salts.0, be32(bytes, offset + 12) == salts.1, be32(bytes, offset) != 0
            else { break }
            sum = checksum(bytes, offset..<(offset + 8), bigEndian: bigEndian, seed: sum)
            sum = checksum(bytes, page..<(page + pageSize), bigEndian: bigEndian, seed: sum)
            guard sum.0 == be32(bytes, offset + 16), sum.1 == be32(bytes, offset + 20) else { break }
            frame += 1
            if be32(bytes, offset + 4) != 0 { return frame }
            offset = page + pageSize
        }
        return 0
    }

    /// SQLite's WAL checksum: pairs of 32-bit words, summed with the running pair.
    private static func checksum(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, bigEndian: Bool, seed: (UInt32, UInt32)
    ) -> (UInt32, UInt32) {
        var (first, second) = seed
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let x0 = bigEndian ? be32(bytes, index) : le32(bytes, index)
            let x1 = bigEndian ? be32(bytes, index + 4) : le32(bytes, index + 4)
            first = first &+ x0 &+ second
            second = second &+ x1 &+ first
            index += 8
        }
        return (first, second)
    }

    private static func be32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }

    private static func le32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        (0..<4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
