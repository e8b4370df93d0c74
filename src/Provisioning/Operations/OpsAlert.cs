namespace ChatOps.Provisioning.Operations;

/// <summary>One alert for the ops channel, in both languages.</summary>
public sealed record OpsAlert(OpsAlertKind Kind, DateTimeOffset At, string TextJa, string TextEn, string? RequestId = null)
{
    public string Text(string language) => language == "en" ? TextEn : TextJa;
}
