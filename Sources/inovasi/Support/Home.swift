import Foundation

/// The home folder of the user running the program, for the XDG fallbacks.
enum Home {
    /// `$HOME` when set and absolute, else the password database's entry for our uid.
    static func folder(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return NSHomeDirectory()
    }
}
