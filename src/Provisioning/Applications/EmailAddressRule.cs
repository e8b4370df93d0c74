using System.Globalization;

namespace ChatOps.Provisioning.Applications;

/// <summary>
/// RFC 5321/5322 mailbox check for the addresses OCI and our mailer will use: a dot-atom or quoted local part
/// (at most 64 octets) and a domain name of LDH labels (internationalised names are checked in their
/// punycode form). Address literals such as <c>user@[192.0.2.1]</c> are refused on purpose: no admin of a
/// government environment should be reached that way.
/// </summary>
public static class EmailAddressRule
{
    private const string AText = "!#$%&'*+-/=?^_`{|}~";

    public static bool IsValid(string address)
    {
        if (address.Length is 0 or > 254)
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return false;
        }

        return IsLocalPart(address[..at]) && IsDomain(address[(at + 1)..]);
    }

    private static bool IsLocalPart(string local)
    {
        if (local.Length > 64)
        {
            return false;
        }

        if (local.Length >= 2 && local[0] == '"' && local[^1] == '"')
        {
            return IsQuotedContent(local[1..^1]);
        }

        return local.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || AText.Contains(c, StringComparison.Ordinal)));
    }

    private static bool IsQuotedContent(string content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\')
            {
                i++;
                if (i >= content.Length || content[i] < 0x20 || content[i] > 0x7e)
                {
                    return false;
                }
            }
            else if (c == '"' || c < 0x20 || c > 0x7e)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (ascii.Length > 253)
        {
            return false;
        }

        var labels = ascii.Split('.');
        return labels.Length >= 2
            && labels.All(IsLabel)
            && !labels[^1].All(char.IsAsciiDigit);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
