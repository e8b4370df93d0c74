using System.Net.Http.Json;
using ChatOps.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Tests.Sandbox.Hosting;

public class LoopbackServerTests
{
    [Fact]
    public async Task Serves_real_http_on_a_free_loopback_port()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/ping", () => Results.Json(new { pong = true })));
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var reply = await http.GetFromJsonAsync<Dictionary<string, bool>>("ping");

        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.NotEqual(0, server.BaseUri.Port);
        Assert.True(reply!["pong"]);
    }
}
