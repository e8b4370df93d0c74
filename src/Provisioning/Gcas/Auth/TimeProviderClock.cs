using Google.Apis.Util;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>Lets Google.Apis.Auth decide token freshness by our one TimeProvider (and a FakeTimeProvider in tests).</summary>
internal sealed class TimeProviderClock(TimeProvider time) : IClock
{
    public DateTime Now => time.GetLocalNow().DateTime;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
