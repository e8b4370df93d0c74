namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>SMTP settings for requester e-mail, bound from <c>Email</c>.</summary>
public sealed record EmailOptions
{
    public const string Section = "Email";

    public string Host { get; init; } = "";

    public int Port { get; init; } = 587;

    public EmailTlsMode StartTls { get; init; } = EmailTlsMode.StartTls;

    /// <summary>Empty: no SMTP AUTH (a relay that trusts the pod network).</summary>
    public string? UserName { get; init; }

    /// <summary>From the environment or a mounted secret only (<c>Email__Password</c>); never logged.</summary>
    public string? Password { get; init; }

    public string From { get; init; } = "";

    public string FromName { get; init; } = "ガバメントクラウド OCI 払い出し / Government Cloud OCI provisioning";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
