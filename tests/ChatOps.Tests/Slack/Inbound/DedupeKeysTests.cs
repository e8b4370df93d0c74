using System.Text;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Slack.Inbound;

/// <summary>Dedupe keys stay storable whatever the payload's ids look like, and stay distinct.</summary>
public class DedupeKeysTests
{
    [Fact]
    public void Ordinary_ids_give_readable_keys()
    {
        Assert.Equal("slack:command:13345224609.738474920.8ee6b2c2", DedupeKeys.For(Command("13345224609.738474920.8ee6b2c2")));
        Assert.Equal("slack:envelope:57d6a792-4d35-4d0b-b6aa-3361493e1caf", DedupeKeys.Envelope("57d6a792-4d35-4d0b-b6aa-3361493e1caf"));
    }

    [Fact]
    public void Oversized_ids_are_hashed_to_a_bounded_distinct_key_that_the_store_accepts()
    {
        var one = DedupeKeys.For(Command(new string('長', 5000)))!;
        var two = DedupeKeys.For(Command(new string('長', 4999) + "x"))!;

        Assert.StartsWith("slack:command:sha256:", one, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(one) <= DedupeKeys.MaxKeyBytes);
        Assert.NotEqual(one, two);
        Assert.Equal(one, DedupeKeys.For(Command(new string('長', 5000))));

        using var directory = new TempDirectory();
        using var store = new LiteStore(Options.Create(new StoreOptions { Path = directory.File("inbox.db") }), TimeProvider.System);
        var inbox = new LiteInbox(store);
        Assert.True(inbox.TryAccept(one, TimeSpan.FromHours(1)));
        Assert.False(inbox.TryAccept(one, TimeSpan.FromHours(1)));
        Assert.True(inbox.TryAccept(two, TimeSpan.FromHours(1)));
    }

    private static SlashCommand Command(string trigger) => new("/provision", "help", "U0ALICE001", "T0SANDBOX1", "C0REQUEST1", TriggerId: trigger);
}
