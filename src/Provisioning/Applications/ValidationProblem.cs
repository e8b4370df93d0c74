namespace ChatOps.Provisioning.Applications;

/// <summary>One thing wrong with an application: a JSON path such as <c>adminEmails[1]</c> and why, in both languages.</summary>
public sealed record ValidationProblem(string Field, string MessageJa, string MessageEn)
{
    public string Message(string language) => language == "en" ? MessageEn : MessageJa;
}
