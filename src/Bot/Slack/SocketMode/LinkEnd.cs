namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>Why a socket stopped being useful; <see cref="Reason"/> is Slack's disconnect reason or an error summary.</summary>
internal sealed record LinkEnd(LinkEndKind Kind, string? Reason = null)
{
    public const string Warning = "warning";
    public const string RefreshRequested = "refresh_requested";
    public const string LinkDisabled = "link_disabled";
    public const string TooManyWebsockets = "too_many_websockets";

    public override string ToString() => Reason is null ? Kind.ToString() : $"{Kind} ({Reason})";
}
