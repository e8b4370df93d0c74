namespace ChatOps.Provisioning.Outbox;

/// <summary>
/// A handler used only when no other handler takes its kind (e.g. thread events and ops alerts to the log when no
/// chat is connected). Two ordinary handlers of one kind are a configuration error; a fallback never is.
/// </summary>
public interface IFallbackOutboxHandler : IOutboxHandler;
