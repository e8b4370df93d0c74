using System.Text.RegularExpressions;
using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Checks a policy's statements: present, at most OCI's 50, each starting with a policy verb, and no tenancy-wide grant where the root is a compartment.</summary>
internal static partial class StatementChecks
{
    public const int MaxStatements = 50;

    private static readonly string[] Verbs = ["Allow", "Define", "Endorse", "Admit"];

    public static void Check(NodeReader reader, TemplateResource policy)
    {
        var field = policy.Field(TemplateFields.Statements);
        if (field is null)
        {
            return;
        }

        var statements = field.Items ?? [];
        if (statements.Count == 0)
        {
            reader.Problem(field.At, $"policy '{policy.Key}' has no statements; OCI needs at least one");
            return;
        }

        if (statements.Count > MaxStatements)
        {
            reader.Problem(field.At, $"policy '{policy.Key}' has {statements.Count} statements; OCI allows {MaxStatements} per policy, split it");
        }

        var attachedTo = policy.Reference(TemplateFields.Compartment);
        foreach (var statement in statements)
        {
            var text = statement.Value.TrimStart();
            if (text.Length == 0)
            {
                reader.Problem(statement.At, "empty policy statement");
                continue;
            }

            var firstWord = text.Split(' ', 2)[0];
            if (!Verbs.Contains(firstWord, StringComparer.OrdinalIgnoreCase))
            {
                reader.Problem(statement.At, $"policy statement starts with '{firstWord}'; it must start with Allow, Define, Endorse or Admit");
            }

            if (InTenancy().IsMatch(text) && (attachedTo != TemplateFields.Root || policy.Usage != TemplateUsage.Single))
            {
                reader.Problem(statement.At, attachedTo != TemplateFields.Root
                    ? $"'in tenancy' needs a policy attached to the root compartment, but policy '{policy.Key}' is attached to '{attachedTo}'"
                    : $"'in tenancy' grants tenancy-wide access, but in shared use the root is the organisation's compartment; give policy '{policy.Key}' 'usage: single'");
            }
        }
    }

    [GeneratedRegex(@"\bin\s+tenancy\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InTenancy();
}
