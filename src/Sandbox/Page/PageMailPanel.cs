using System.Text.Json.Nodes;
using ChatOps.Sandbox.Mail;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>The Mail panel: what the SMTP simulator captured, newest first.</summary>
internal sealed class PageMailPanel(SandboxWorld world)
{
    public Task ListAsync(HttpContext http) =>
        PageJson.WriteAsync(http, new JsonObject
        {
            ["messages"] = PageJson.Array(world.Smtp.Messages.Reverse().Select(m => new JsonObject
            {
                ["from"] = m.Header("From") is { } from ? MimeReader.DecodeWords(from) : m.EnvelopeFrom,
                ["to"] = PageJson.Array(m.EnvelopeRecipients.Select(r => JsonValue.Create(r))),
                ["subject"] = m.Subject,
                ["text"] = m.TextBody ?? "",
                ["receivedAt"] = m.ReceivedAt,
            })),
        });

    public string Digest() => world.Smtp.Messages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
