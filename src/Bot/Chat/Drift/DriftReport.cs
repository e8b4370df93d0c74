namespace ChatOps.Bot.Chat.Drift;

/// <summary>The outcome of a drift check: every difference found (none means the environments match the template).</summary>
internal sealed record DriftReport(string TemplateVersion, IReadOnlyList<DriftItem> Differences);
