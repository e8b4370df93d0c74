namespace ChatOps.Provisioning.Applications;

/// <summary>
/// 全国地方公共団体コード: 2-digit prefecture (01–47), 3 digits, and a check digit computed as 総務省 defines it:
/// digits 1–5 times 6,5,4,3,2, summed, remainder by 11, and the last digit of 11 minus that remainder.
/// </summary>
public static class LocalGovernmentCode
{
    public static int CheckDigit(ReadOnlySpan<char> firstFiveDigits)
    {
        if (firstFiveDigits.Length != 5)
        {
            throw new ArgumentException("Five digits are needed.", nameof(firstFiveDigits));
        }

        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (firstFiveDigits[i] - '0') * (6 - i);
        }

        return (11 - (sum % 11)) % 10;
    }

    /// <summary>Checks a 6-digit code; returns null when valid, otherwise why not (in English, for logs and tests).</summary>
    public static string? Problem(string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return "must be exactly 6 digits";
        }

        var prefecture = int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (prefecture is < 1 or > 47)
        {
            return "prefecture part must be 01–47";
        }

        return CheckDigit(code.AsSpan(0, 5)) == code[5] - '0' ? null : "check digit does not match";
    }

    public static bool IsValid(string code) => Problem(code) is null;
}
