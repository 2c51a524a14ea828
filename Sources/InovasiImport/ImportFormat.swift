import Foundation

/// The kinds of file an import reads, told apart by the file's extension, because the offices
/// send spreadsheets saved by whatever program they have and the extension is what they choose.
public enum ImportFormat: String, Sendable, CaseIterable {
    case csv, xlsx, json

    /// The format of `path` from its extension (any case); nil for anything else.
    public init?(path: String) {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let format = ImportFormat(rawValue: ext) else { return nil }
        self = format
    }
}
