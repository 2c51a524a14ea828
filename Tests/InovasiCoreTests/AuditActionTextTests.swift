import InovasiCore
import Testing

@Suite("Audit actions as a person reads them")
struct AuditActionTextTests {
    @Test("every proposal event and the review actions have their own words in both languages")
    func named() {
        for event in ProposalEvent.allCases {
            let text = AuditActionText.past("proposal.\(event.rawValue)")
            #expect(text == AuditActionText.past(event))
            #expect(!text.id.contains("proposal.") && !text.en.contains("proposal."))
        }
        for action in ["proposal.assign", "proposal.unassign", "proposal.undo", "score.save", "innovation.remove"] {
            let text = AuditActionText.past(action)
            #expect(text.id != action && text.en != action && text.id != text.en)
        }
    }

    @Test("an unknown action stays as written")
    func unknown() {
        #expect(AuditActionText.past("archive.rotate") == Localized(id: "archive.rotate", en: "archive.rotate"))
    }
}
