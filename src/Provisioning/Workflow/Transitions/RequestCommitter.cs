using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Workflow.Transitions;

/// <summary>
/// Writes a <see cref="RequestChange"/> in one transaction — the request (with its version checked), the names it
/// claims, its audit entries and its outbox messages — and then wakes the loops that have new work.
/// </summary>
public sealed class RequestCommitter(LiteStore store, WorkSignals signals)
{
    public CommitResult Commit(RequestChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Finish(change, Write(_ => change));
    }

    /// <summary>Creates a new request; <paramref name="build"/> gets the request number inside the transaction.</summary>
    public (CommitResult Result, ProvisioningRequest? Request) CommitNew(string applicationId, Func<long, DateTimeOffset, RequestChange> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        RequestChange? built = null;
        var result = Write(context =>
        {
            if (RequestStore.ExistsForApplication(context, applicationId))
            {
                return null;
            }

            built = build(RequestStore.NextNumber(context), context.Now);
            return built;
        });
        return (built is null ? CommitResult.Duplicate : Finish(built, result), result == CommitResult.Committed ? built!.Request : null);
    }

    private CommitResult Write(Func<WriteContext, RequestChange?> prepare)
    {
        try
        {
            return store.Write(context =>
            {
                if (prepare(context) is not { } change)
                {
                    return CommitResult.Duplicate;
                }

                if (change.ExpectedVersion is { } expected)
                {
                    if (!RequestStore.TryReplace(context, change.Request, expected))
                    {
                        return CommitResult.VersionConflict;
                    }
                }
                else
                {
                    RequestStore.Insert(context, change.Request);
                }

                if (change.ClaimNames.Count > 0 && !RequestStore.TryClaimNames(context, change.Request.Id, change.ClaimNames))
                {
                    throw new NameTakenException();
                }

                foreach (var record in change.Audit)
                {
                    context.Append(record);
                }

                foreach (var item in change.Outbox)
                {
                    OutboxStore.Enqueue(context, item);
                }

                return CommitResult.Committed;
            });
        }
        catch (NameTakenException)
        {
            return CommitResult.NameTaken;
        }
    }

    private CommitResult Finish(RequestChange change, CommitResult result)
    {
        if (result == CommitResult.Committed)
        {
            signals.Engine.Notify();
            if (change.Outbox.Count > 0)
            {
                signals.Outbox.Notify();
            }
        }

        return result;
    }

    // Thrown inside the write only to roll the transaction back; never escapes this class.
    private sealed class NameTakenException : Exception;
}
