import InovasiCore

/// Performs the innovation changes and reports each as saved (with what happened) or refused (why).
struct InnovationEffectRunner {
    let desk: InnovationDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            switch effect {
            case .advanceStage(let id):
                return [.innovationSaved(InnovationKeysText.advanced(try desk.advanceStage(id)))]
            case .moveStageBack(let id, let stage, let note):
                let saved = try desk.moveStageBack(id, to: stage, note: note)
                return [.innovationSaved(InnovationKeysText.movedBack(saved))]
            case .setMain(let id, let isMain):
                return [.innovationSaved(InnovationKeysText.mainSet(try desk.setMain(id, isMain)))]
            case .addInnovation(let innovation):
                return [.innovationSaved(InnovationFormText.added(try desk.addInnovation(innovation)))]
            case .editInnovation(let innovation):
                return [.innovationSaved(InnovationFormText.edited(try desk.editInnovation(innovation)))]
            case .resumeInnovation(let id):
                return [.innovationSaved(InnovationFormText.resumed(try desk.resumeInnovation(id)))]
            default:
                return []
            }
        } catch let refusal as ReviewRefusal {
            return [.innovationRefused(refusal.localized)]
        } catch {
            return [.innovationRefused(DashboardText.unexpected(String(describing: error)))]
        }
    }
}
