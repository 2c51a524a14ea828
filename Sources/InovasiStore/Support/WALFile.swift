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
    ///
    /// Read piece by piece, never mapped: another process may truncate the log meanwhile (a
    /// checkpoint), and a mapped page past the new end would kill this process with SIGBUS.
    static func inspect(path: String) throws(StoreError) -> WALFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .io(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, detail: String(cString: strerror(errno))) }
        let frames = committedFrames { offset, count in
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            return got == count ? buffer : nil
        }
        return WALFile(committedFrames: frames, size: Int(info.st_size))
    }

    /// Counts the frames SQLite's recovery would accept up to the first commit frame (0: none);
    /// `read(offset, count)` gives exactly `count` bytes of the log, or nil past its end.
    static func committedFrames(read: (Int, Int) -> [UInt8]?) -> Int {
        guard let header = read(0, headerSize) else { return 0 }
        let magic = be32(header, 0)
        let pageSize = Int(be32(header, 8))
        guard magic & 0xFFFF_FFFE == 0x377F_0682, be32(header, 4) == version, pageSize >= 512,
            pageSize <= 65_536, pageSize & (pageSize - 1) == 0
        else { return 0 }
        let bigEndian = magic & 1 == 1
        var sum = checksum(header, 0..<24, bigEndian: bigEndian, seed: (0, 0))
        guard sum.0 == be32(header, 24), sum.1 == be32(header, 28) else { return 0 }
        var frame = 0
        var offset = headerSize
        while let bytes = read(offset, frameHeaderSize + pageSize) {
            guard be32(bytes, 8) == be32(header, 16), be32(bytes, 12) == be32(header, 20), be32(bytes, 0) != 0
            else { break }
            sum = checksum(bytes, 0..<8, bigEndian: bigEndian, seed: sum)
            sum = checksum(bytes, frameHeaderSize..<bytes.count, bigEndian: bigEndian, seed: sum)
            guard sum.0 == be32(bytes, 16), sum.1 == be32(bytes, 20) else { break }
            frame += 1
            if be32(bytes, 4) != 0 { return frame }
            offset += bytes.count
        }
        return 0
    }

    /// SQLite's WAL checksum: pairs of 32-bit words, summed with the running pair.
    private static func checksum(
        _ bytes: [UInt8], _ range: Range<Int>, bigEndian: Bool, seed: (UInt32, UInt32)
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

    private static func be32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }

    private static func le32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
