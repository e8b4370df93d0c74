using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Gcas;

/// <summary>Applications in arrival order and the status events recorded for each, with idempotency keys.</summary>
public sealed class GcasApplicationStore
{
    private static readonly Dictionary<string, string> StatusAfterEvent = new(StringComparer.Ordinal)
    {
        ["accepted"] = "accepted",
        ["in_progress"] = "in_progress",
        ["completed"] = "completed",
        ["failed"] = "failed",
        ["rejected"] = "rejected",
        ["cancelled"] = "cancelled",
    };

    private readonly Lock _lock = new();
    private readonly List<StoredApplication> _applications = [];
    private readonly Dictionary<string, List<RecordedStatusEvent>> _events = new(StringComparer.Ordinal);
    private long _position;

    public StoredApplication Add(string applicationId, string rawJson)
    {
        lock (_lock)
        {
            var stored = new StoredApplication(++_position, applicationId, rawJson, "submitted");
            _applications.RemoveAll(a => a.ApplicationId == applicationId);
            _applications.Add(stored);
            return stored;
        }
    }

    public StoredApplication? Find(string applicationId)
    {
        lock (_lock)
        {
            return _applications.Find(a => a.ApplicationId == applicationId);
        }
    }

    /// <summary>Applications with <paramref name="status"/> (null: any) after <paramref name="afterPosition"/>, plus whether more follow.</summary>
    public (IReadOnlyList<StoredApplication> Items, bool More) List(string? status, long afterPosition, int limit)
    {
        lock (_lock)
        {
            var matching = _applications.Where(a => a.Position > afterPosition && (status is null || a.Status == status)).ToList();
            return (matching.Take(limit).ToList(), matching.Count > limit);
        }
    }

    public IReadOnlyList<RecordedStatusEvent> Events(string applicationId)
    {
        lock (_lock)
        {
            return _events.TryGetValue(applicationId, out var events) ? [.. events] : [];
        }
    }

    public int EventCount
    {
        get
        {
            lock (_lock)
            {
                return _events.Values.Sum(e => e.Count);
            }
        }
    }

    public (EventRecording Result, RecordedStatusEvent? Event) Record(RecordedStatusEvent candidate)
    {
        lock (_lock)
        {
            var index = _applications.FindIndex(a => a.ApplicationId == candidate.ApplicationId);
            if (index < 0)
            {
                return (EventRecording.UnknownApplication, null);
            }

            var events = _events.TryGetValue(candidate.ApplicationId, out var existing) ? existing : _events[candidate.ApplicationId] = [];
            var sameKey = events.Find(e => e.IdempotencyKey == candidate.IdempotencyKey);
            if (sameKey is not null)
            {
                return JsonNode.DeepEquals(JsonNode.Parse(sameKey.BodyJson), JsonNode.Parse(candidate.BodyJson))
                    ? (EventRecording.Replayed, sameKey)
                    : (EventRecording.KeyConflict, sameKey);
            }

            if (events.Find(e => e.Sequence == candidate.Sequence) is { } sameSequence)
            {
                return (EventRecording.SequenceConflict, sameSequence);
            }

            events.Add(candidate);
            if (StatusAfterEvent.TryGetValue(candidate.Status, out var status))
            {
                _applications[index] = _applications[index] with { Status = status };
            }

            return (EventRecording.Created, candidate);
        }
    }
}
