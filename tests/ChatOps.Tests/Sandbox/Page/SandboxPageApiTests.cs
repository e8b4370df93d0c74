using System.Net;
using System.Text;
using ChatOps.Sandbox.Page;
using ChatOps.Sandbox.World;
using ChatOps.Tests.Slack.Support;

namespace ChatOps.Tests.Sandbox.Page;

public class SandboxPageApiTests : IAsyncLifetime
{
    private SandboxWorld _world = null!;
    private SandboxPage _page = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await SandboxWorld.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _page = await SandboxPage.StartAsync(_world, port: 0, TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = _page.LoopbackUrl };
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _page.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task The_page_and_its_scripts_are_served_from_the_assembly_under_a_strict_content_security_policy()
    {
        using var index = await _http.GetAsync("/", Deadline.Token());
        var html = await index.Content.ReadAsStringAsync(Deadline.Token());
        using var script = await _http.GetAsync("/assets/app.js", Deadline.Token());
        using var missing = await _http.GetAsync("/assets/nothing.js", Deadline.Token());

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("data-testid=\"channel-messages\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_request_from_another_origin_or_host_or_without_json_is_refused()
    {
        var applications = _world.Gcas.Store.List(null, 0, 100).Items.Count;
        using var crossSite = Json("/api/gcas/applications", """{"sample":"valid:0"}""");
        crossSite.Headers.Add("Origin", "http://attacker.example");
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/world");
        rebound.Headers.Host = "attacker.example";
        using var form = new HttpRequestMessage(HttpMethod.Post, "/api/gcas/applications") { Content = new StringContent("sample=valid:0", Encoding.UTF8, "application/x-www-form-urlencoded") };
        using var sameOrigin = Json("/api/gcas/applications", """{"sample":"valid:0"}""");
        sameOrigin.Headers.Add("Origin", _page.LoopbackUrl.GetLeftPart(UriPartial.Authority));

        using var crossSiteAnswer = await _http.SendAsync(crossSite, Deadline.Token());
        using var reboundAnswer = await _http.SendAsync(rebound, Deadline.Token());
        using var formAnswer = await _http.SendAsync(form, Deadline.Token());
        var unchanged = _world.Gcas.Store.List(null, 0, 100).Items.Count;
        using var sameOriginAnswer = await _http.SendAsync(sameOrigin, Deadline.Token());

        Assert.Equal(HttpStatusCode.Forbidden, crossSiteAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reboundAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, formAnswer.StatusCode);
        Assert.Equal(applications, unchanged);
        Assert.Equal(HttpStatusCode.OK, sameOriginAnswer.StatusCode);
        Assert.Equal(applications + 1, _world.Gcas.Store.List(null, 0, 100).Items.Count);
    }

    [Fact]
    public async Task Acting_as_a_user_who_is_not_in_the_workspace_is_refused()
    {
        using var request = Json("/api/act/command", """{"user":"U0NOBODY01","channel":"C0PROVISN1","text":"/provision help"}""");
        using var answer = await _http.SendAsync(request, Deadline.Token());

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("U0NOBODY01", await answer.Content.ReadAsStringAsync(Deadline.Token()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_lines_give_the_url_say_it_is_a_sandbox_and_who_you_act_as()
    {
        var lines = _page.ConsoleLines();

        Assert.Contains(lines, l => l.Contains(_page.Url.ToString(), StringComparison.Ordinal));
        Assert.StartsWith("http://localhost:", _page.Url.ToString(), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("SANDBOX", StringComparison.Ordinal) && l.Contains("Slack", StringComparison.Ordinal)
            && l.Contains("GCAS", StringComparison.Ordinal) && l.Contains("OCI", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("You act as Aiko Sato (approver)", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Json(string path, string body) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
