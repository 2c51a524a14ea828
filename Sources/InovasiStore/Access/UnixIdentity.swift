import Foundation

extension Store {
    /// Unix login name of the current process, from getuid()/getpwuid (never $USER).
    ///
    /// `$USER` can be set to anything by whoever starts the process; the uid cannot, so roles and the
    /// audit log name the real person. A uid with no passwd entry is named by its number.
    public static func currentUserName() -> String {
        userName(uid: getuid())
    }

    /// The login name of `uid` from the passwd database, else the uid as text.
    ///
    /// `getpwuid_r` writes the strings of the entry (`pw_name` among them) into the buffer it is
    /// given, so the name is copied out while that buffer is still alive: inside the closure that
    /// owns the pointer, never after it.
    static func userName(uid: uid_t) -> String {
        let suggested = sysconf(Int32(_SC_GETPW_R_SIZE_MAX))
        var size = suggested > 0 ? suggested : 4096
        while size <= 1 << 20 {
            let (status, name) = lookupName(uid: uid, bufferSize: size)
            if status == ERANGE {
                size *= 2
                continue
            }
            if let name, !name.isEmpty { return name }
            break
        }
        return String(uid)
    }

    /// One `getpwuid_r` call with a buffer of `bufferSize` bytes: its status and the name it found.
    private static func lookupName(uid: uid_t, bufferSize: Int) -> (status: Int32, name: String?) {
        var buffer = [CChar](repeating: 0, count: bufferSize)
        return buffer.withUnsafeMutableBufferPointer { storage in
            guard let base = storage.baseAddress else { return (ERANGE, nil) }
            var entry = passwd()
            var result: UnsafeMutablePointer<passwd>?
            let status = getpwuid_r(uid, &entry, base, storage.count, &result)
            guard status == 0, result != nil, let name = entry.pw_name else { return (status, nil) }
            return (status, String(cString: name))
        }
    }
}
