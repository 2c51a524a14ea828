import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi review undo ID`: undoes the user's own last decision or assignment on the proposal, as a
/// new audited event; refused when someone else has acted on it since.
struct ReviewUndoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "undo", abstract: HelpText.reviewUndo.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget
    @OptionGroup var output: ActionFormatOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let id = target.proposalID
            // What will be undone, for the report; when nothing is, the undo below says why not.
            let entry = try store.undoable(proposalID: id, by: context.user)
            let proposal = try store.undoLast(
                proposalID: id, expectedVersion: try ReviewInput.version(target.expectVersion), by: context.user,
                now: context.now)
            let assignee = try store.assignee(proposalID: id)
            if output.json {
                let result = ReviewResult(
                    action: "undo", user: context.user, proposals: [ReviewedProposal(proposal, assignee: assignee)],
                    undid: entry?.action)
                context.console.out(try JSONOutput.encode(result))
                return
            }
            let at = entry?.at ?? context.now
            let time =
                DateText.medium(at, in: context.zone, context.language) + " "
                + DateText.time(at, in: context.zone, context.language)
            let action = entry?.actionText ?? ReviewMessageText.unknownAction
            context.console.line(
                ReviewMessageText.undone(
                    id: id, action: action, at: time, status: proposal.status, version: proposal.version
                ).text(context.language))
        }
    }
}
