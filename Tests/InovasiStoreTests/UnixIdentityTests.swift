import Foundation
import Testing

@testable import InovasiStore

/// The Unix user name comes from the passwd database, copied while `getpwuid_r`'s buffer lives
/// (issue 8, point 9).
@Suite("Store: Unix identity")
struct UnixIdentityTests {
    @Test("the name of a uid matches the passwd database, from many threads at once")
    func namesMatchPasswd() async throws {
        let expected = String(cString: try #require(getpwuid(0)?.pointee.pw_name))
        #expect(Store.userName(uid: 0) == expected)
        let mine = Store.currentUserName()
        #expect(mine == String(cString: try #require(getpwuid(getuid())?.pointee.pw_name)))
        let names = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 { group.addTask { Store.userName(uid: 0) } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(names.allSatisfy { $0 == expected })
    }

    @Test("a uid without a passwd entry is named by its number")
    func unknownUid() {
        #expect(Store.userName(uid: 3_999_999_001) == "3999999001")
    }
}
