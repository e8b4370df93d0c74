using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>One <see cref="OciRateLimiter"/> per service for the whole process (handlers come and go; limits stay).</summary>
internal sealed class OciRateLimiters(IOptions<OciOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<OciService, OciRateLimiter> _limiters = new();

    public OciRateLimiter For(OciService service) =>
        _limiters.GetOrAdd(service, s => new OciRateLimiter(options.Value.RateLimitFor(s), time));
}
