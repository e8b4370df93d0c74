namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>One planned kill: what to wait for (<see cref="Count"/> events of <see cref="Aim"/>), then <see cref="Delay"/> more.</summary>
internal sealed record KillPoint(KillAim Aim, int Count, TimeSpan Delay)
{
    public static KillPoint Plan(Random random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.15 => new KillPoint(KillAim.Startup, 0, TimeSpan.FromMilliseconds(random.Next(50, 1500))),
            < 0.60 => new KillPoint(KillAim.OciCall, random.Next(1, 40), TimeSpan.FromMilliseconds(random.Next(0, 25))),
            < 0.75 => new KillPoint(KillAim.GcasEvent, random.Next(1, 3), TimeSpan.FromMilliseconds(random.Next(0, 15))),
            _ => new KillPoint(KillAim.Anytime, 0, TimeSpan.FromMilliseconds(random.Next(200, 4000))),
        };
    }

    public override string ToString() => Aim switch
    {
        KillAim.OciCall or KillAim.GcasEvent => $"{Aim} #{Count} +{Delay.TotalMilliseconds:0}ms",
        _ => $"{Aim} +{Delay.TotalMilliseconds:0}ms",
    };
}
