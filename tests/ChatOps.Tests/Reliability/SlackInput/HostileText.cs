using CsCheck;

namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>
/// Text a Slack user can type or a broken client can send: mention and link injection, bidi and zero-width tricks,
/// control characters, very long strings. <see cref="LoneSurrogate"/> is spliced into JSON text as an escape, since no
/// .NET string serialises to it.
/// </summary>
internal static class HostileText
{
    public const string LoneSurrogate = "\u0001LONE-SURROGATE\u0001";

    public static Gen<string> Any { get; } = Gen.Frequency(
        (6, Gen.OneOf(
            "<!channel>", "<!here> 至急", "<!everyone>", "<@U0APPROVE1>", "<@U0APPROVE1|aiko>", "<#C0PROVISN1>", "<!subteam^S0APPROVER>",
            "<http://x|y>", "<https://evil.example|承認する>", "&lt;!channel&gt;", "*bold* _it_ ~s~ `code` ```block```",
            "\u202Eevil\u202C", "ab\u200Bcd\u200D\uFEFF", "\u0000", "nul\u0000inside", "\u0007\u001B[31m", "\r\n\t", "e\u0301\u0301\u0301",
            "🏯🏯🏯", "'; DROP TABLE requests; --", "Ｆｕｌｌ　ｗｉｄｔｈ", "%00%zz%", "{\"json\":\"inside\"}", "PR-1", " ", "",
            LoneSurrogate, "\uFFFF\uFFFE")),
        (2, Gen.String[0, 64]),
        (1, Gen.Int[300, 4_000].Select(n => new string('長', n))),
        (1, Gen.Int[10_000, 120_000].Select(n => new string('a', n))));
}
