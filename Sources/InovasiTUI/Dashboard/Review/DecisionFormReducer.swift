import Foundation
import InovasiCore

/// The decision form: choose, write the note, confirm.
enum DecisionFormReducer {
    static func reduce(_ form: inout DecisionForm, _ action: DashboardAction, _ state: inout DashboardState)
        -> [DashboardEffect]?
    {
        if form.isEditingNote {
            switch action {
            case .formTyped, .formErased: FormReducer.edit(&form.note, action)
            case .formTextFinished, .formCancelled: form.isEditingNote = false
            default: return nil
            }
            return []
        }
        if form.isConfirming {
            switch action {
            case .formEntered:
                state.form = nil
                return [.decide(form.event, id: form.proposalID, version: form.version, note: form.note)]
            case .formCancelled: form.isConfirming = false
            case .formMoved, .formValueChanged, .formDigit, .formTyped, .formErased, .formTextFinished: break
            default: return nil
            }
            return []
        }
        switch action {
        case .formMoved(let delta): form.row = (form.row + delta + DecisionForm.rowCount) % DecisionForm.rowCount
        case .formValueChanged(let delta):
            let choices = DecisionForm.choices
            let index = choices.firstIndex(of: form.event) ?? 0
            form.event = choices[(index + delta + choices.count) % choices.count]
        case .formDigit(let digit):
            if DecisionForm.choices.indices.contains(digit - 1) { form.event = DecisionForm.choices[digit - 1] }
        case .formEntered: proceed(&form, &state)
        case .formCancelled: state.form = nil
        case .formTyped, .formErased, .formTextFinished: break
        default: return nil
        }
        return []
    }

    /// `Enter`: on the note row starts typing; elsewhere goes to the confirmation, if the note allows.
    static func proceed(_ form: inout DecisionForm, _ state: inout DashboardState) {
        if form.row == 1 {
            form.isEditingNote = true
        } else if form.event.requiresNote, form.note.trimmingCharacters(in: .whitespaces).isEmpty {
            state.showFlash(ReviewText.noteRequired, isError: true)
            form.row = 1
        } else {
            form.isConfirming = true
        }
    }
}
