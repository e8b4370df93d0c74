using System.Text.Json.Nodes;
using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// GCAS keeps one event per idempotency key (a resend with the same key and body is a replay, not a new event), so
/// what it recorded per application is what was delivered: it must be exactly the expected events, in order,
/// with increasing sequence numbers, and no key GCAS refused as a conflict.
/// </summary>
internal static class GcasEventCheck
{
    public static void ExactlyOnceInOrder(SandboxWorld world, IReadOnlyList<CrashApplication> applications)
    {
        foreach (var application in applications)
        {
            var events = world.Gcas.Events(application.ApplicationId);
            var seen = events.Select(e =>
            {
                var body = JsonNode.Parse(e.BodyJson)!;
                var step = body["step"]?.GetValue<string>();
                return step is null ? e.Status : $"{e.Status}/{step}";
            }).ToList();

            Assert.True(application.ExpectedEvents.SequenceEqual(seen), $"{application.ApplicationId}: expected [{string.Join(", ", application.ExpectedEvents)}], GCAS recorded [{string.Join(", ", seen)}]");
            var sequences = events.Select(e => e.Sequence).ToList();
            Assert.True(sequences.Zip(sequences.Skip(1)).All(p => p.First < p.Second), $"{application.ApplicationId}: sequences out of order: {string.Join(", ", sequences)}");
            Assert.Equal(events.Count, events.Select(e => e.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
