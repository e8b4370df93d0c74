namespace ChatOps.Bot.Slack.Payloads;

internal sealed record SelectedOption(PayloadText? Text, string Value);
