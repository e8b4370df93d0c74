using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Tests.Sandbox.Slack;

/// <summary>Calls the simulated Web API with a bare HttpClient, independent of the bot's client.</summary>
internal sealed class RawWebApi(SlackSimulator slack) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = slack.ApiBaseUrl };

    public async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> JsonAsync(string method, JsonObject body, string? token, string contentType = "application/json; charset=utf-8")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(request);
    }

    public async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> FormAsync(string method, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    private async Task<(int, JsonObject, HttpResponseMessage)> SendAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text)!.AsObject() : new JsonObject { ["raw"] = text };
        return ((int)response.StatusCode, body, response);
    }
}
