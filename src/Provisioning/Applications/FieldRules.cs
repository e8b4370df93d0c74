using System.Globalization;

namespace ChatOps.Provisioning.Applications;

/// <summary>The rule for each field of an application; each check adds its problems and returns the clean value or null.</summary>
internal sealed class FieldRules(ApplicationRules rules, ProblemList problems)
{
    public string? Identifier(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Missing("applicationId");
            return null;
        }

        if (value.Length > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            problems.Add("applicationId", "申請 ID は 64 文字以内の英数字と - _ . で指定してください。", "Use at most 64 ASCII letters, digits, '-', '_' or '.'.");
            return null;
        }

        return value;
    }

    public string? Text(string? value, string field)
    {
        if (value is null)
        {
            problems.Missing(field);
            return null;
        }

        var clean = TextSanitizer.Clean(value);
        if (clean.Length == 0)
        {
            problems.Missing(field);
            return null;
        }

        if (TextSanitizer.HasMarkupCharacters(value))
        {
            problems.Add(field, "< や > は使用できません（Slack の制御記法として解釈されるため）。", "'<' and '>' are not allowed (Slack would read them as control sequences).");
        }

        if (clean.Length > rules.MaxTextLength)
        {
            problems.Add(field, $"{rules.MaxTextLength} 文字以内で指定してください（{clean.Length} 文字）。", $"At most {rules.MaxTextLength} characters allowed ({clean.Length}).");
            return null;
        }

        return clean;
    }

    public OrganizationKind? Kind(string? value)
    {
        if (value is null)
        {
            problems.Missing("organization.kind");
            return null;
        }

        if (Vocabulary.TryParseKind(value, out var kind))
        {
            return kind;
        }

        problems.Add("organization.kind", $"{string.Join("・", Vocabulary.KindLabels)} のいずれかを指定してください。", $"Must be one of {string.Join(", ", Vocabulary.KindLabels)}.");
        return null;
    }

    public string? LgCode(string? value, OrganizationKind? kind)
    {
        const string Field = "organization.lgCode";
        if (value is null)
        {
            if (kind == OrganizationKind.LocalGovernment)
            {
                problems.Add(Field, "地方公共団体は全国地方公共団体コード（6 桁）が必須です。", "A local government must give its 6-digit local government code.");
            }

            return null;
        }

        if (kind == OrganizationKind.Ministry)
        {
            problems.Add(Field, "国の機関には全国地方公共団体コードを指定しないでください。", "A national ministry has no local government code; leave it out.");
            return null;
        }

        var problem = LocalGovernmentCode.Problem(value);
        if (problem is null)
        {
            return value;
        }

        var ja = problem switch
        {
            "must be exactly 6 digits" => "6 桁の数字で指定してください。",
            "prefecture part must be 01–47" => "先頭 2 桁（都道府県コード）は 01〜47 です。",
            _ => "検査数字（6 桁目）が一致しません。",
        };
        problems.Add(Field, ja, $"The local government code {problem}.");
        return null;
    }

    public UsageMode? UsageMode(string? value)
    {
        if (value is null)
        {
            problems.Missing("usageMode");
            return null;
        }

        if (Vocabulary.TryParseUsageMode(value, out var mode))
        {
            return mode;
        }

        problems.Add("usageMode", "単独利用 または 共同利用 を指定してください。", "Must be 単独利用 (single use) or 共同利用 (shared use).");
        return null;
    }

    public List<string>? Emails(IReadOnlyList<string?>? values)
    {
        if (values is null || values.Count == 0)
        {
            problems.Add("adminEmails", "管理者メールアドレスを 1 つ以上指定してください。", "At least one administrator e-mail is required.");
            return null;
        }

        if (values.Count > rules.MaxAdminEmails)
        {
            problems.Add("adminEmails", $"管理者メールアドレスは {rules.MaxAdminEmails} 件までです。", $"At most {rules.MaxAdminEmails} administrator e-mails.");
            return null;
        }

        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (Email(values[i], $"adminEmails[{i}]") is { } email)
            {
                result.Add(email);
            }
        }

        return result.Count == values.Count ? result : null;
    }

    public OperatorCompany? Operator(ApplicationDraft draft, UsageMode? mode)
    {
        if (!draft.HasOperator)
        {
            if (mode == Applications.UsageMode.Shared)
            {
                problems.Add("operator", "共同利用では運用管理補助者（operator）が必須です。", "Shared use needs the operator company (operator).");
            }

            return null;
        }

        var name = Text(draft.OperatorCompanyName, "operator.companyName");
        var email = Email(draft.OperatorContactEmail, "operator.contactEmail");
        return name is null || email is null ? null : new OperatorCompany(name, email);
    }

    public DateOnly? Date(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add("requestedStartDate", "YYYY-MM-DD 形式の日付で指定してください。", "Must be a date as YYYY-MM-DD.");
        return null;
    }

    public DateTimeOffset? Timestamp(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            return time;
        }

        problems.Add("submittedAt", "ISO 8601 形式の日時で指定してください。", "Must be an ISO 8601 timestamp.");
        return null;
    }

    public void Csp(string? value)
    {
        if (value is not null && value != "OCI")
        {
            problems.Add("csp", "このボットは OCI の申請のみを扱います。", "This bot handles OCI applications only.");
        }
    }

    private string? Email(string? value, string field)
    {
        if (value is null)
        {
            problems.Missing(field);
            return null;
        }

        if (EmailAddressRule.IsValid(value))
        {
            return value;
        }

        problems.Add(field, "メールアドレスの形式が正しくありません。", "Not a valid e-mail address.");
        return null;
    }
}
