import Testing

/// End-to-end tests drive the built demo in tmux; they run one at a time to stay well inside
/// their deadlines on a small, shared machine.
@Suite("End to end, through tmux", .serialized)
enum EndToEnd {}
