using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Operations;

/// <summary>
/// Tools for the operator inside the pod (<c>chatops backup</c>, <c>chatops audit verify</c> while the bot runs).
/// They answer only on the admin listener, which is bound to 127.0.0.1 and never exposed.
/// </summary>
internal static class AdminEndpoints
{
    public sealed record BackupRequest(string To);

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
        {
            var connection = context.HttpContext.Connection;
            var local = connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote);
            return local && connection.LocalPort == AdminPort(context.HttpContext.RequestServices)
                ? await next(context)
                : Results.NotFound();
        });
        admin.MapPost("/backup", async (BackupRequest body, LiteStore store, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            var result = StoreBackup.Write(store, body.To);
            await audit.AppendAsync(new AuditRecord(Actor.External("admin", "operator (admin listener)"), "store.backup",
                Details: new() { ["path"] = result.Path, ["bytes"] = result.Bytes, ["auditHead"] = result.Audit.HeadSequence }), cancellationToken);
            return Results.Json(new
            {
                path = result.Path,
                bytes = result.Bytes,
                requests = result.Requests,
                auditIntact = result.Audit.IsIntact,
                auditHead = $"{result.Audit.HeadSequence}:{result.Audit.HeadHash}",
            });
        });
        admin.MapGet("/audit/verify", (AuditTrail trail, string[]? anchor) =>
        {
            var result = trail.Verify([.. (anchor ?? []).Select(AuditAnchor.Parse)]);
            return Results.Json(new
            {
                intact = result.IsIntact,
                entries = result.EntriesChecked,
                head = $"{result.HeadSequence}:{result.HeadHash}",
                breakAt = result.FirstBreak?.Sequence,
                kind = result.FirstBreak?.Kind.ToString(),
                detail = result.FirstBreak?.Detail,
            });
        });
        admin.MapGet("/audit/export", (AuditTrail trail, HttpContext http, string? format, string? request, DateTimeOffset? since) =>
        {
            // Streamed entry by entry so a million-entry trail is never held in memory. The store reads synchronously;
            // synchronous writes are allowed for this loopback-only tool rather than buffering the whole trail.
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
            http.Response.ContentType = "text/plain; charset=utf-8";
            using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
            AuditExporter.Write(trail, writer, format == "csv", request, since);
            return Results.Empty;
        });
        return endpoints;
    }

    // The port the loopback listener actually got (the configured one may be 0); the public listener binds all addresses.
    private static int AdminPort(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(address))
            .Where(uri => uri.Host == "127.0.0.1")
            .Select(uri => uri.Port)
            .DefaultIfEmpty(-1)
            .First();
}
