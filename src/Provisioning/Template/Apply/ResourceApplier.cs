using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>
/// Puts one resource in place: the recorded OCID if it still exists, else the one with its name, else a new one
/// (with a retry token derived from request, environment and key). Records the OCID before anything else can
/// fail, waits for ACTIVE by returning Wait, and settles differences as docs/template.md describes.
/// </summary>
internal sealed class ResourceApplier(TemplateHandlers handlers, TemplateAudit audit)
{
    /// <summary>Null when the resource is in place and active; otherwise the outcome that ends this run.</summary>
    public async Task<StepOutcome?> ApplyAsync(ApplyRun run, TemplateResource resource, CancellationToken cancellationToken)
    {
        var desired = run.Rendering.Desire(resource, key => run.Ids.GetValueOrDefault(key));
        var containerId = TemplateInspector.ContainerId(desired, run.Scope, run.Ids);
        if (containerId is null || desired.PendingIds.Count > 0 || (desired.Kind == TemplateKind.TagDefault && desired.TagId is null))
        {
            throw new InvalidOperationException($"{resource.Label} was reached before what it references; the apply order is broken.");
        }

        var handler = handlers.For(desired.Kind);
        var progressKey = TemplateProgressKeys.Resource(run.EnvironmentKey, desired.Key);
        var recorded = run.Progress.Get(progressKey);
        var found = recorded is null
            ? await FindAsync(run, handler, desired, containerId, cancellationToken)
            : await handler.GetAsync(run.Scope, desired, recorded, containerId, cancellationToken);
        if (found.IsSuccess && found.Value is null && recorded is not null)
        {
            // The recorded resource is gone (deleted by someone): look for one by name before making a new one.
            found = await handler.FindAsync(run.Scope, desired, containerId, cancellationToken);
        }

        if (!found.IsSuccess)
        {
            return Fail(run, TemplateErrors.FromOci(found.Error, $"reading {desired.Label}"));
        }

        var live = found.Value;
        if (live is null)
        {
            var created = await CreateAsync(run, handler, desired, containerId, recorded, cancellationToken);
            if (created.Failure is not null)
            {
                return Fail(run, created.Failure);
            }

            if (created.IsNew)
            {
                return Settle(run, desired, created.Live!);
            }

            live = created.Live!;
        }
        else if (recorded != live.Id)
        {
            Record(run, desired, live);
            await audit.ResourceAsync(run, FoundAction(desired, live), desired, live.Id, found.OpcRequestId, cancellationToken);
        }
        else
        {
            run.Ids[desired.Key] = live.Id;
        }

        if (Settle(run, desired, live) is { } notReady)
        {
            return notReady;
        }

        return await ReconcileAsync(run, desired, live, cancellationToken);
    }

    /// <summary>A new resource (<c>IsNew</c>), or on 409 the existing one with that name, or why neither.</summary>
    private async Task<(LiveResource? Live, bool IsNew, TemplateFailure? Failure)> CreateAsync(
        ApplyRun run, ITemplateResourceHandler handler, DesiredResource desired, string containerId, string? gone, CancellationToken cancellationToken)
    {
        // Re-creating after the recorded one was deleted needs a fresh token, or OCI would answer with the deleted one.
        var token = run.RetryToken(gone is null ? desired.Key : $"{desired.Key}/{gone}");
        var created = await handler.CreateAsync(run.Scope, desired, containerId, token, cancellationToken);
        if (created.IsSuccess)
        {
            Record(run, desired, created.Value);
            await audit.ResourceAsync(run, TemplateAudit.Created, desired, created.Value.Id, created.OpcRequestId, cancellationToken);
            return (created.Value, true, null);
        }

        if (!created.Error.IsAlreadyExists)
        {
            return (null, false, TemplateErrors.FromOci(created.Error, $"creating {desired.Label}"));
        }

        // 409: it exists after all (made meanwhile, or named with other letter case), or we may not create it.
        var again = await FindIgnoringCaseAsync(run, handler, desired, containerId, cancellationToken);
        if (!again.IsSuccess)
        {
            return (null, false, TemplateErrors.FromOci(again.Error, $"reading {desired.Label}"));
        }

        if (again.Value is not { } existing)
        {
            return (null, false, TemplateErrors.FromOci(created.Error, $"creating {desired.Label} (OCI says it exists, but it cannot be found by name: check the bot's permissions)"));
        }

        Record(run, desired, existing);
        await audit.ResourceAsync(run, FoundAction(desired, existing), desired, existing.Id, again.OpcRequestId, cancellationToken);
        return (existing, false, null);
    }

    /// <summary>
    /// In a child tenancy of our own every container is small, so one listing per kind and container answers
    /// "is it there already?" for every resource of this run; looking each up by name cost a call per resource,
    /// a third of a wave's Identity calls (bench wave). In shared use the tenancy is the parent's, with every
    /// organisation's groups in it, so there each resource is still looked up by name.
    /// </summary>
    private static async Task<OciResult<LiveResource?>> FindAsync(
        ApplyRun run, ITemplateResourceHandler handler, DesiredResource desired, string containerId, CancellationToken cancellationToken)
    {
        if (desired.Kind == TemplateKind.TagDefault || run.Scope.TenancyId != run.Scope.RootCompartmentId)
        {
            return await handler.FindAsync(run.Scope, desired, containerId, cancellationToken);
        }

        if (!run.Listings.TryGetValue((desired.Kind, containerId), out var listed) || !listed.IsSuccess)
        {
            listed = await handler.ListAsync(run.Scope, containerId, cancellationToken);
            run.Listings[(desired.Kind, containerId)] = listed;
        }

        return LiveResults.Named(listed, desired.Name);
    }

    private static async Task<OciResult<LiveResource?>> FindIgnoringCaseAsync(
        ApplyRun run, ITemplateResourceHandler handler, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        desired.Kind == TemplateKind.TagDefault
            ? await handler.FindAsync(run.Scope, desired, containerId, cancellationToken)
            : LiveResults.Named(await handler.ListAsync(run.Scope, containerId, cancellationToken), desired.Name);

    private async Task<StepOutcome?> ReconcileAsync(ApplyRun run, DesiredResource desired, LiveResource live, CancellationToken cancellationToken)
    {
        var differences = ResourceComparer.Compare(desired, live);
        if (differences.Count == 0)
        {
            return null;
        }

        if (desired.Kind == TemplateKind.Policy && live.IsManaged)
        {
            var updated = await handlers.Policies.UpdateAsync(run.Scope, desired, live, cancellationToken);
            if (!updated.IsSuccess)
            {
                // 412: someone changed it between our read and our write; the next attempt reads it again.
                var failure = TemplateErrors.FromOci(updated.Error, $"updating {desired.Label}");
                return Fail(run, updated.Error.HttpStatus == 412 ? failure with { IsTransient = true } : failure);
            }

            await audit.ResourceAsync(run, TemplateAudit.Updated, desired, live.Id, updated.OpcRequestId, cancellationToken);
            return null;
        }

        var enforced = differences.Where(d => d.Enforced).ToList();
        return enforced.Count == 0
            ? null
            : Fail(run, TemplateErrors.Of(TemplateErrors.Drift, $"{desired.Label} ({live.Id}) exists but differs from the template: {string.Join("; ", enforced)}. "
                + (live.IsManaged
                    ? "OCI offers the bot no update for this kind; change it in OCI (or delete it to have it re-created), then Retry."
                    : "It was not made by the bot (no managed-by: chatops tag), so the bot leaves it alone; fix it in OCI, then Retry.")));
    }

    // Tags and tag defaults carry no freeform tags, so whether the bot made them cannot be told.
    private static string FoundAction(DesiredResource desired, LiveResource live) =>
        live.IsManaged || desired.Kind is TemplateKind.Tag or TemplateKind.TagDefault ? TemplateAudit.Found : TemplateAudit.Adopted;

    private static void Record(ApplyRun run, DesiredResource desired, LiveResource live)
    {
        run.Progress.Set(TemplateProgressKeys.Resource(run.EnvironmentKey, desired.Key), live.Id);
        run.Ids[desired.Key] = live.Id;
    }

    private static StepOutcome? Settle(ApplyRun run, DesiredResource desired, LiveResource live) => live.LifecycleState switch
    {
        null or OciLifecycle.Active => null,
        OciLifecycle.Creating => new StepOutcome.Wait
        {
            Progress = run.Progress.Learned,
            Note = $"テンプレート適用中: {desired.Name} の作成完了待ち / applying the template: waiting for {desired.Label} to become ACTIVE",
        },
        _ => Fail(run, TemplateErrors.Of(TemplateErrors.Inactive, $"{desired.Label} ({live.Id}) is {live.LifecycleState}; reactivate or remove it in OCI, then Retry")),
    };

    private static StepOutcome Fail(ApplyRun run, TemplateFailure failure) => failure.ToOutcome(run.Progress.Learned);
}
