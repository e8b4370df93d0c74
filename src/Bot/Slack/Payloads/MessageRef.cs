using System.Text.Json;

namespace ChatOps.Bot.Slack.Payloads;

/// <summary>The message a button sat on, as Slack echoes it; compare with stored state rather than trusting it.</summary>
internal sealed record MessageRef(string Ts, string? ThreadTs = null, string? Text = null, string? BotId = null, string? User = null, JsonElement? Blocks = null);
