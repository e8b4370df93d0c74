namespace ChatOps.Bot.Slack.Blocks;

/// <summary>Slack knows two button styles; leaving the style out gives the default grey button.</summary>
internal enum ButtonStyle
{
    Primary,
    Danger,
}
