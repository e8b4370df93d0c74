using System.Threading.Channels;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>The bounded hand-off between the ack path and the workers; writers never wait.</summary>
internal sealed class SlackWorkQueue(SlackTuning tuning)
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(tuning.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
        SingleReader = false,
    });

    public ChannelReader<SlackWorkItem> Reader => _channel.Reader;

    public bool TryEnqueue(SlackWorkItem item) => _channel.Writer.TryWrite(item);
}
