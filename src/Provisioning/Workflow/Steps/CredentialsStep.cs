using System.Globalization;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Workflow.Steps;

/// <summary>
/// AwaitingCredentials: the seed's one manual step. The bot checks access to every child on each poll, so when
/// the tenancy already lets it in (e.g. the parent-created admin policy suffices) it moves on without waiting for
/// anyone. When an operator confirms, the next check runs at once and its verdict is reported either way.
/// </summary>
internal sealed class CredentialsStep(ICredentialVerifier verifier) : IWorkflowStep
{
    public const string WaitingNote = "認証情報の設定待ち（手順はボタンから表示） / waiting for the credential setup (open the button for the statements)";

    public RequestState State => RequestState.AwaitingCredentials;

    public async Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var confirmation = request.CredentialsConfirmation;
        var confirmationStamp = confirmation?.At.ToString("O", CultureInfo.InvariantCulture);
        var confirmationUnchecked = confirmationStamp is not null && request.ProgressValue(ProgressKeys.CheckedConfirmationAt) != confirmationStamp;

        var check = await verifier.CheckAccessAsync(context, cancellationToken);
        if (check.HasAccess)
        {
            var note = confirmation is null
                ? "アクセスを自動検出したため手動手順は不要でした / access detected automatically: no manual step needed"
                : $"{confirmation.Actor.DisplayName} さんの設定を確認しました / access verified after {confirmation.Actor.DisplayName} confirmed";
            var progress = new Dictionary<string, string?>
            {
                [ProgressKeys.CheckedConfirmationAt] = confirmationStamp,
                [ProgressKeys.AccessDetectedAt] = confirmation is null ? context.Now.ToString("O", CultureInfo.InvariantCulture) : null,
            };
            return new StepOutcome.Done(Trigger.CredentialsVerified) { Note = note, Progress = progress };
        }

        if (check.Transient && check.Problem is { } passing)
        {
            return new StepOutcome.TransientFailure(passing);
        }

        if (confirmationUnchecked)
        {
            var why = check.Problem?.ToString() ?? "no access";
            return new StepOutcome.Wait
            {
                Note = $"設定を確認できませんでした。ポリシーを見直して再度「設定完了」を押してください: {why} / could not verify access; check the policies and confirm again: {why}",
                Progress = new Dictionary<string, string?> { [ProgressKeys.CheckedConfirmationAt] = confirmationStamp },
            };
        }

        return new StepOutcome.Wait { Note = WaitingNote };
    }
}
