namespace ChatOps.Sandbox.Slack.Activity;

public enum SlackActivityKind
{
    MessagePosted,
    MessageUpdated,
    MessageDeleted,
    EphemeralPosted,
    ViewOpened,
    ViewUpdated,
    ViewPushed,
    ViewClosed,
    HomePublished,
}
