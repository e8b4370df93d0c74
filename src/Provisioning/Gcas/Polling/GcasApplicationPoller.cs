using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas.Polling;

/// <summary>
/// Lists submitted applications after the persisted cursor every <c>Gcas:PollInterval</c>, through all pages, and
/// hands each to intake. The cursor moves only after every application of a page was taken in, so a crash or an
/// error repeats a page (intake deduplicates) but never skips one. Failures back off exponentially on the
/// TimeProvider up to <c>Gcas:PollRetryMaxDelay</c>, leaving the cursor where it was.
/// </summary>
public sealed class GcasApplicationPoller(
    IGcasClient client,
    ApplicationIntake intake,
    CursorStore cursors,
    IOptions<GcasOptions> options,
    TimeProvider time,
    ILogger<GcasApplicationPoller> logger) : BackgroundService
{
    public const string CursorName = "gcas.applications";

    /// <summary>A guard against a GCAS that keeps answering with pages: the rest waits for the next poll.</summary>
    private const int MaxPagesPerPoll = 1000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _statusLock = new();
    private GcasPollerStatus _status = GcasPollerStatus.Initial;

    public GcasPollerStatus Status
    {
        get
        {
            lock (_statusLock)
            {
                return _status;
            }
        }
    }

    /// <summary>Polls at once (after any poll already running) and returns what that poll did; the schedule is unchanged.</summary>
    public async Task<GcasPollResult> PollNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var result = await PollAsync(cancellationToken);
            Record(result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _gate.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var result = await PollNowAsync(stoppingToken);
                var delay = result.Succeeded ? options.Value.PollInterval : RetryDelay(Status.ConsecutiveFailures, result.Failure!.RetryAfter);
                SetNextPoll(time.GetUtcNow() + delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The cursor is in the store; the next start polls from there.
        }
    }

    private async Task<GcasPollResult> PollAsync(CancellationToken cancellationToken)
    {
        int pages = 0, created = 0, duplicates = 0;
        try
        {
            var cursor = cursors.Get(CursorName);
            while (pages < MaxPagesPerPoll)
            {
                var outcome = await client.ListSubmittedApplicationsAsync(cursor, cancellationToken);
                if (!outcome.IsSuccess)
                {
                    return new GcasPollResult(pages, created, duplicates, outcome.Failure, outcome.Kind == GcasOutcomeKind.TransientFailure);
                }

                pages++;
                var page = outcome.Value!;
                foreach (var application in page.Items)
                {
                    var received = await intake.ReceiveAsync(application.ApplicationId, application.RawJson, Actor.Gcas, cancellationToken);
                    if (received is IntakeResult.Created)
                    {
                        created++;
                    }
                    else
                    {
                        duplicates++;
                    }
                }

                if (page.Items.Count == 0 || page.NextCursor is null || page.NextCursor == cursor)
                {
                    break;
                }

                cursors.Set(CursorName, page.NextCursor);
                cursor = page.NextCursor;
            }

            return new GcasPollResult(pages, created, duplicates);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "GCAS poll failed while taking in applications");
            return new GcasPollResult(pages, created, duplicates, new GcasFailure($"taking in applications failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private void Record(GcasPollResult result)
    {
        var now = time.GetUtcNow();
        lock (_statusLock)
        {
            _status = result.Succeeded
                ? _status with { LastSuccessAt = now, ConsecutiveFailures = 0, Polls = _status.Polls + 1, Created = _status.Created + result.Created }
                : _status with
                {
                    LastErrorAt = now,
                    LastError = result.Failure!.Summary,
                    ConsecutiveFailures = _status.ConsecutiveFailures + 1,
                    Polls = _status.Polls + 1,
                    Created = _status.Created + result.Created,
                };
        }

        if (result.Created > 0)
        {
            logger.LogInformation("GCAS poll took in {Created} new application(s) over {Pages} page(s)", result.Created, result.Pages);
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("GCAS poll failed ({Failures} in a row): {Error}", Status.ConsecutiveFailures, result.Failure!.Summary);
        }
    }

    private void SetNextPoll(DateTimeOffset at)
    {
        lock (_statusLock)
        {
            _status = _status with { NextPollAt = at };
        }
    }

    /// <summary>
    /// Exponential from <c>Gcas:PollRetryBaseDelay</c>, at least GCAS's Retry-After, never beyond
    /// <c>Gcas:PollRetryMaxDelay</c>. No jitter: there is one poller, so there is no herd to spread.
    /// </summary>
    private TimeSpan RetryDelay(int failures, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var exponential = settings.PollRetryBaseDelay * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        var wanted = retryAfter is { } after && after > exponential ? after : exponential;
        return wanted < settings.PollRetryMaxDelay ? wanted : settings.PollRetryMaxDelay;
    }
}
