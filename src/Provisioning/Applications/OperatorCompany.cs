namespace ChatOps.Provisioning.Applications;

/// <summary>運用管理補助者 / ASP that runs a shared-use (共同利用) environment.</summary>
public sealed record OperatorCompany(string CompanyName, string ContactEmail);
