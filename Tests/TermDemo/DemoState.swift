import InovasiTUI

/// What the demo shows: the little state the end-to-end tests look for on the screen.
struct DemoState {
    var size: Size
    var lastKey: Key?
    var showsCursor = true
    var resizeCount = 0
    /// What happened when the demo tried to start a second terminal (key `2`).
    var note = ""
    let processID: Int32
    let colorDepth: ColorDepth
}
