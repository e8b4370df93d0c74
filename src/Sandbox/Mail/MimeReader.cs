using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Sandbox.Mail;

/// <summary>
/// Just enough MIME (RFC 2045–2047) for the simulator and its browser page: unfolded headers, encoded-word
/// subjects, multipart bodies, base64 and quoted-printable, and the text/plain and text/html parts.
/// </summary>
internal static partial class MimeReader
{
    public static (List<KeyValuePair<string, string>> Headers, string? Text, string? Html) Read(byte[] raw)
    {
        var message = Encoding.UTF8.GetString(raw).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (headers, body) = Split(message);
        string? text = null, html = null;
        Walk(headers, body, ref text, ref html);
        return (headers, text, html);
    }

    public static string DecodeWords(string value) =>
        EncodedWord().Replace(WhitespaceBetweenWords().Replace(value, "$1$2"), m =>
        {
            var charset = Charset(m.Groups["charset"].Value);
            var data = m.Groups["data"].Value;
            var bytes = m.Groups["enc"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(data)
                : QuotedPrintable(data.Replace('_', ' '));
            return charset.GetString(bytes);
        });

    private static void Walk(List<KeyValuePair<string, string>> headers, string body, ref string? text, ref string? html)
    {
        var contentType = Find(headers, "Content-Type") ?? "text/plain";
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && Parameter(contentType, "boundary") is { } boundary)
        {
            foreach (var part in body.Split("--" + boundary).Skip(1))
            {
                if (part.StartsWith("--", StringComparison.Ordinal))
                {
                    break;
                }

                var (partHeaders, partBody) = Split(part.TrimStart('\n'));
                Walk(partHeaders, partBody, ref text, ref html);
            }

            return;
        }

        var decoded = Decode(body, Find(headers, "Content-Transfer-Encoding"), Charset(Parameter(contentType, "charset") ?? "us-ascii"));
        if (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            html ??= decoded;
        }
        else if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            text ??= decoded;
        }
    }

    private static (List<KeyValuePair<string, string>> Headers, string Body) Split(string entity)
    {
        var end = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? entity : entity[..end];
        var body = end < 0 ? "" : entity[(end + 2)..];
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + line);
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return (headers, body);
    }

    private static string Decode(string body, string? transferEncoding, Encoding charset) =>
        transferEncoding?.Trim().ToLowerInvariant() switch
        {
            "base64" => charset.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => charset.GetString(QuotedPrintable(body.Replace("=\n", "", StringComparison.Ordinal))),
            _ => body,
        };

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    private static string? Find(List<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Parameter(string header, string name)
    {
        var match = Regex.Match(header, $@";\s*{name}\s*=\s*(""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static Encoding Charset(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return Encoding.Latin1;
        }
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<data>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex WhitespaceBetweenWords();
}
