using System.Globalization;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>
/// Why an action does not apply in the request's current state, with the decision that made it so — so people
/// read "already approved by X at T", not an error.
/// </summary>
public sealed record CommandRefusal(RefusalCode Code, RequestState State, Decision? Decision)
{
    public static CommandRefusal Explain(ProvisioningRequest request, RequestAction action)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.State, action) switch
        {
            (RequestState.Cancelled, _) => new(RefusalCode.AlreadyCancelled, request.State, request.Cancellation),
            (RequestState.Rejected, _) => new(RefusalCode.AlreadyRejected, request.State, request.Rejection),
            (RequestState.Completed, _) => new(RefusalCode.AlreadyCompleted, request.State, null),
            (_, RequestAction.Approve or RequestAction.Reject) when request.Approval is not null => new(RefusalCode.AlreadyApproved, request.State, request.Approval),
            (_, RequestAction.Approve or RequestAction.Reject) => new(RefusalCode.NotAwaitingApproval, request.State, null),
            (_, RequestAction.Retry) => new(RefusalCode.NotFailed, request.State, null),
            _ => new(RefusalCode.NotAwaitingCredentials, request.State, request.CredentialsConfirmation),
        };
    }

    public string Describe(string language, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var who = Decision?.Actor.DisplayName ?? "?";
        var when = Decision is null ? "?" : TimeZoneInfo.ConvertTime(Decision.At, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var en = language == "en";
        return Code switch
        {
            RefusalCode.AlreadyApproved => en ? $"Already approved by {who} at {when}." : $"{who} さんが {when} に承認済みです。",
            RefusalCode.AlreadyRejected => en ? $"Already rejected by {who} at {when}." : $"{who} さんが {when} に却下済みです。",
            RefusalCode.AlreadyCancelled => en ? $"Already cancelled by {who} at {when}." : $"{who} さんが {when} に取り消し済みです。",
            RefusalCode.AlreadyCompleted => en ? "This request is already completed." : "この申請はすでに完了しています。",
            RefusalCode.NotFailed => en ? $"Retry applies only to a failed step; the request is in {State}." : $"再実行は失敗したステップにのみ行えます（現在の状態: {State}）。",
            RefusalCode.NotAwaitingApproval => en ? $"The request is not awaiting approval (it is in {State})." : $"この申請は承認待ちではありません（現在の状態: {State}）。",
            _ => en ? $"The request is not waiting for credentials (it is in {State})." : $"この申請は認証情報の設定待ちではありません（現在の状態: {State}）。",
        };
    }
}
