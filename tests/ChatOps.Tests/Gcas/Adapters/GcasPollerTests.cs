using ChatOps.Provisioning.Gcas.Polling;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Gcas;

namespace ChatOps.Tests.Gcas.Adapters;

public class GcasPollerTests
{
    [Fact]
    public async Task The_cursor_survives_a_restart_and_the_next_poll_asks_only_for_what_is_new()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        AddApplications(h, 1, 3);
        var first = await h.Poller.PollNowAsync(ct);
        var stored = h.Get<CursorStore>().Get(GcasApplicationPoller.CursorName);
        var listsBefore = h.Traffic.ListCursors.Count;

        await h.RestartAsync();
        AddApplications(h, 4, 2);
        var afterRestart = await h.Poller.PollNowAsync(ct);

        Assert.Equal((3, 3), (first.Pages, first.Created));
        Assert.NotNull(stored);
        var resumed = h.Traffic.ListCursors.Skip(listsBefore).ToList();
        Assert.Equal(stored, resumed[0]);
        Assert.DoesNotContain(null, resumed);
        Assert.Equal(2, afterRestart.Created);
        Assert.Equal(0, afterRestart.Duplicates);
        Assert.Equal(5, h.Requests.Count());
    }

    [Fact]
    public async Task A_server_error_on_a_later_page_keeps_the_cursor_after_the_pages_taken_in()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        AddApplications(h, 1, 5);
        using var held = h.Traffic.HoldStatusEvents();
        var armed = 1;
        h.Traffic.AfterResponse = (request, response) =>
        {
            if (request.Method == HttpMethod.Get && response.IsSuccessStatusCode && Interlocked.Exchange(ref armed, 0) == 1)
            {
                h.Gcas.Faults.FailNext(1);
            }
        };

        var failed = await h.Poller.PollNowAsync(ct);
        var cursorAfterFailure = h.Get<CursorStore>().Get(GcasApplicationPoller.CursorName);
        var status = h.Poller.Status;
        var listsBefore = h.Traffic.ListCursors.Count;
        var recovered = await h.Poller.PollNowAsync(ct);

        Assert.False(failed.Succeeded);
        Assert.True(failed.Transient);
        Assert.Equal((1, 2), (failed.Pages, failed.Created));
        Assert.Equal(h.Traffic.ListCursors[listsBefore - 1], cursorAfterFailure);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Contains("500", status.LastError, StringComparison.Ordinal);
        Assert.Equal(cursorAfterFailure, h.Traffic.ListCursors[listsBefore]);
        Assert.True(recovered.Succeeded);
        Assert.Equal((3, 0), (recovered.Created, recovered.Duplicates));
        Assert.Equal(0, h.Poller.Status.ConsecutiveFailures);
        Assert.Equal(5, h.Requests.Count());
    }

    [Fact]
    public async Task The_poll_loop_backs_off_exponentially_on_failures_and_returns_to_the_interval()
    {
        await using var h = await AdapterHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Gcas:PollRetryBaseDelay"] = "00:00:05",
            ["Gcas:PollRetryMaxDelay"] = "00:00:30",
        });
        h.Gcas.Faults.FailNext(4);
        var cursor = h.Get<CursorStore>().Get(GcasApplicationPoller.CursorName);
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 5; i++)
        {
            var polls = h.Poller.Status.Polls;
            h.Time.SetUtcNow(h.Poller.Status.NextPollAt!.Value);
            await h.WaitUntilAsync(() => h.Poller.Status.Polls > polls && h.Poller.Status.NextPollAt > h.Time.GetUtcNow());
            waits.Add(h.Poller.Status.NextPollAt!.Value - h.Time.GetUtcNow());
        }

        Assert.Equal([5, 10, 20, 30, 300], waits.Select(w => w.TotalSeconds));
        Assert.Equal(cursor, h.Get<CursorStore>().Get(GcasApplicationPoller.CursorName));
        Assert.Equal(0, h.Poller.Status.ConsecutiveFailures);
        Assert.NotNull(h.Poller.Status.LastErrorAt);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(120, 10)]
    public async Task Retry_after_from_gcas_is_honoured_up_to_the_cap(int retryAfterMinutes, int expectedWaitMinutes)
    {
        await using var h = await AdapterHarness.StartAsync();
        h.Gcas.Faults.UnavailableFor(TimeSpan.FromHours(3), TimeSpan.FromMinutes(retryAfterMinutes));
        var polls = h.Poller.Status.Polls;

        h.Time.SetUtcNow(h.Poller.Status.NextPollAt!.Value);
        await h.WaitUntilAsync(() => h.Poller.Status.Polls > polls && h.Poller.Status.NextPollAt > h.Time.GetUtcNow());

        Assert.Equal(TimeSpan.FromMinutes(expectedWaitMinutes), h.Poller.Status.NextPollAt - h.Time.GetUtcNow());
        Assert.Contains("503", h.Poller.Status.LastError, StringComparison.Ordinal);
    }

    private static void AddApplications(AdapterHarness h, int from, int count)
    {
        for (var n = from; n < from + count; n++)
        {
            h.Gcas.AddApplication(SampleApplications.Valid($"GCAS-2026-0002{n:D2}", system: $"業務システム{n}"));
        }
    }
}
