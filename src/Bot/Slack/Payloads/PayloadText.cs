namespace ChatOps.Bot.Slack.Payloads;

/// <summary>A text object as it comes back in payloads (button text, option text).</summary>
internal sealed record PayloadText(string Type, string Text);
