import Foundation

extension Store {
    /// Unix login name of the current process, from getuid()/getpwuid (never $USER).
    ///
    /// `$USER` can be set to anything by whoever starts the process; the uid cannot, so roles and the
    /// audit log name the real person. A uid with no passwd entry is named by its number.
    public static func currentUserName() -> String {
        let uid = getuid()
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        let suggested = sysconf(Int32(_SC_GETPW_R_SIZE_MAX))
        var size = suggested > 0 ? suggested : 4096
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let status = getpwuid_r(uid, &entry, &buffer, size, &result)
            if status == ERANGE {
                size *= 2
                continue
            }
            if status == 0, result != nil, let name = entry.pw_name {
                let text = String(cString: name)
                if !text.isEmpty { return text }
            }
            break
        }
        return String(uid)
    }
}
