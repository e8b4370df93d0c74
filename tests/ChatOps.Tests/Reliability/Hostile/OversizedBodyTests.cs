using System.Net.Http.Headers;
using System.Text;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>Bodies over the 256 KiB limit, announced or streamed without a length: 413, audited, and the host stays up.</summary>
public class OversizedBodyTests(SharedHttpModeBot shared) : IClassFixture<SharedHttpModeBot>
{
    private const int Limit = 256 * 1024;

    [Theory]
    [InlineData("slack/commands", true)]
    [InlineData("slack/interactions", true)]
    [InlineData("slack/events", true)]
    [InlineData("slack/interactions", false)]
    [InlineData("slack/events", false)]
    public async Task A_body_over_the_limit_is_refused_with_413_audited_and_the_host_stays_up(string path, bool withLength)
    {
        var bot = shared.Bot;
        var before = TooLarge(bot, path);
        var body = Encoding.UTF8.GetBytes("payload=" + new string('x', Limit + 1));

        var status = withLength ? (await bot.PostAsync(path, body)).Status : await StreamedAsync(bot, path, body);

        Assert.Equal(413, status);
        Assert.Equal(before + 1, TooLarge(bot, path));
        Assert.Equal(200, (int)(await bot.Host.Http.GetAsync("healthz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(shared.Target.Id).State);
    }

    [Fact]
    public async Task A_signed_body_just_under_the_limit_is_not_refused_for_its_size()
    {
        var bot = shared.Bot;
        var body = Encoding.UTF8.GetBytes("payload=" + new string('x', Limit - "payload=".Length));

        var answer = await bot.PostAsync("slack/interactions", body);

        Assert.Equal(400, answer.Status);
    }

    private static int TooLarge(HttpModeBot bot, string path) =>
        bot.Entries("slack.request.too_large").Count(e => e.Details.Contains($"\"path\":\"/{path}\"", StringComparison.Ordinal) && e.Details.Contains("body_too_large", StringComparison.Ordinal));

    // No Content-Length: the limit has to hold while reading, not only on the announced size.
    private static async Task<int> StreamedAsync(HttpModeBot bot, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(new UnknownLengthStream(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(HttpModeBot.Form);
        request.Headers.TransferEncodingChunked = true;
        using var response = await bot.Host.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return (int)response.StatusCode;
    }
}
