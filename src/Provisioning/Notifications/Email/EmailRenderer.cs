using System.Net;
using System.Text;

namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>
/// Renders the Japanese blocks, a clear divider, then the English blocks, as plain text and as HTML. Every value is
/// HTML-encoded (names and reasons come from applications), and only https URLs become links.
/// </summary>
internal static class EmailRenderer
{
    private const string Divider = "────────────────────────────────────────";

    public static string Text(IReadOnlyList<EmailBlock> japanese, IReadOnlyList<EmailBlock> english)
    {
        var text = new StringBuilder();
        AppendText(text, japanese);
        text.Append(Divider).Append('\n').Append("English follows / 以下、英語\n").Append(Divider).Append("\n\n");
        AppendText(text, english);
        return text.ToString();
    }

    public static string Html(string title, IReadOnlyList<EmailBlock> japanese, IReadOnlyList<EmailBlock> english)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title></head><body style=\"font-family:sans-serif;line-height:1.6\">");
        html.Append("<div lang=\"ja\">");
        AppendHtml(html, japanese);
        html.Append("</div><hr><div lang=\"en\">");
        AppendHtml(html, english);
        html.Append("</div></body></html>");
        return html.ToString();
    }

    private static void AppendText(StringBuilder text, IReadOnlyList<EmailBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case EmailBlockKind.Heading:
                    text.Append("■ ").Append(block.Text).Append('\n');
                    break;
                case EmailBlockKind.Table:
                    text.Append("【").Append(block.Text).Append("】\n");
                    foreach (var (label, value) in block.Rows!)
                    {
                        text.Append("  ").Append(label).Append(": ").Append(value).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case EmailBlockKind.BulletList or EmailBlockKind.NumberedList:
                    for (var i = 0; i < block.Items!.Count; i++)
                    {
                        text.Append(block.Kind == EmailBlockKind.NumberedList ? $"  {i + 1}. " : "  ・").Append(block.Items[i]).Append('\n');
                    }

                    text.Append('\n');
                    break;
                default:
                    text.Append(block.Text).Append("\n\n");
                    break;
            }
        }
    }

    private static void AppendHtml(StringBuilder html, IReadOnlyList<EmailBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case EmailBlockKind.Heading:
                    html.Append("<h3>").Append(WebUtility.HtmlEncode(block.Text)).Append("</h3>");
                    break;
                case EmailBlockKind.Table:
                    html.Append("<table style=\"border-collapse:collapse;margin-bottom:1em\"><caption style=\"text-align:left;font-weight:bold\">")
                        .Append(WebUtility.HtmlEncode(block.Text)).Append("</caption>");
                    foreach (var (label, value) in block.Rows!)
                    {
                        html.Append("<tr><th style=\"text-align:left;padding-right:1em\">").Append(WebUtility.HtmlEncode(label))
                            .Append("</th><td>").Append(Value(value)).Append("</td></tr>");
                    }

                    html.Append("</table>");
                    break;
                case EmailBlockKind.BulletList or EmailBlockKind.NumberedList:
                    var tag = block.Kind == EmailBlockKind.NumberedList ? "ol" : "ul";
                    html.Append('<').Append(tag).Append('>');
                    foreach (var item in block.Items!)
                    {
                        html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>");
                    }

                    html.Append("</").Append(tag).Append('>');
                    break;
                default:
                    html.Append("<p>").Append(WebUtility.HtmlEncode(block.Text)).Append("</p>");
                    break;
            }
        }
    }

    private static string Value(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? $"<a href=\"{WebUtility.HtmlEncode(uri.AbsoluteUri)}\">{WebUtility.HtmlEncode(value)}</a>"
            : WebUtility.HtmlEncode(value);
}
