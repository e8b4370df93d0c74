namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Delays before reconnecting: exponential from the base to the cap, each scaled by a random factor in
/// [0.5, 1) so the two sockets (and several replicas) do not reconnect in step. <c>too_many_websockets</c>
/// waits at least its own, longer delay.
/// </summary>
internal sealed class ReconnectBackoff(SlackTuning tuning, Func<double> random)
{
    public TimeSpan Next(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(tuning.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), tuning.ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * random())));
    }

    public TimeSpan AfterTooManyWebsockets(int failures) =>
        tuning.TooManyWebsocketsDelay * (1 + (0.5 * random())) + Next(failures);
}
