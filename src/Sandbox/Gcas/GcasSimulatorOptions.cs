namespace ChatOps.Sandbox.Gcas;

public sealed record GcasSimulatorOptions
{
    /// <summary>The Google principal GCAS lets in, e.g. <c>serviceAccount:chatops@….iam.gserviceaccount.com</c>; null: any valid token.</summary>
    public string? RequiredPrincipal { get; init; }

    /// <summary>A scope the token must carry.</summary>
    public string RequiredScope { get; init; } = "https://www.googleapis.com/auth/cloud-platform";

    public int DefaultPageSize { get; init; } = 20;

    public int MaxPageSize { get; init; } = 100;
}
