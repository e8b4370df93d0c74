using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>What earlier attempts recorded, plus what this run learned (returned with the outcome, whatever it is).</summary>
internal sealed class ApplyProgress(ProvisioningRequest request)
{
    private readonly Dictionary<string, string?> _learned = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string?> Learned => _learned;

    public string? Get(string key) => _learned.TryGetValue(key, out var value) ? value : request.ProgressValue(key);

    public void Set(string key, string? value)
    {
        if (Get(key) != value)
        {
            _learned[key] = value;
        }
    }
}
