import InovasiCore

extension AuditEntry {
    /// What the entry records as a past act ("approved it", "assigned a reviewer", "scored it"), in
    /// both languages: the words the store's own refusals use, so a history and a message agree.
    public var actionText: Localized { StoreAction.pastText(action) }
}
