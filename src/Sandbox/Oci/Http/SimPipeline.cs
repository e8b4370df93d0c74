using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// What every simulated OCI request goes through, in order: request id, signature check (401 NotAuthenticated),
/// service/region from the Host header, call counting, the per-service rate limit, injected faults, retry-token replay, the operation itself
/// with its errors turned into OCI error bodies, and faults that strike after the operation committed.
/// </summary>
internal sealed class SimPipeline(SimServices sim)
{
    private readonly Auth.SimSignatureVerifier _verifier = new(sim.Keys, sim.Tokens, sim.Options.Time, sim.Options.AllowedClockSkew);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var clientId = context.Request.Headers["opc-request-id"].FirstOrDefault();
        var requestId = clientId is null ? State.SimIds.RequestId() : $"{clientId}/{State.SimIds.RequestId()}";
        context.Response.Headers["opc-request-id"] = requestId;
        context.Request.EnableBuffering();

        var (principal, problem) = await _verifier.VerifyAsync(context.Request);
        if (principal is null)
        {
            sim.Counters.CountUnauthenticated();
            await SimResults.WriteErrorAsync(context, 401, "NotAuthenticated", $"The required information to complete authentication was not provided or was incorrect. ({problem})");
            return;
        }

        var endpoint = context.GetEndpoint();
        var operation = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var host = SimHost.Parse(context.Request.Headers.Host, sim.Options);
        if (operation is null || host is null || (host.Service is not null && endpoint!.Metadata.GetMetadata<SimService>()?.HostLabel != host.Service))
        {
            await SimResults.WriteErrorAsync(context, 404, "NotAuthorizedOrNotFound", "Authorization failed or requested resource not found.");
            return;
        }

        var service = endpoint!.Metadata.GetMetadata<SimService>()?.HostLabel;
        sim.Counters.Count(operation, service, context.Request.Path.Value);
        if (!sim.RateLimits.TryAdmit(service))
        {
            sim.Counters.CountThrottled();
            await SimResults.WriteErrorAsync(context, 429, "TooManyRequests", "Too many requests for the user.");
            return;
        }

        new SimRequest(host.Region, principal.KeyId, requestId, CallerTenancy(principal)).AttachTo(context);
        if (await ApplyFaultAsync(context, operation))
        {
            return;
        }

        var retryToken = context.Request.Method is "POST" or "PUT" ? context.Request.Headers["opc-retry-token"].FirstOrDefault() : null;
        if (retryToken is null)
        {
            await RunAsync(context, next, operation, null);
            return;
        }

        var key = $"{operation}|{retryToken}";
        var gate = await sim.RetryTokens.EnterAsync(key, context.RequestAborted);
        try
        {
            if (sim.RetryTokens.Find(key) is { } stored)
            {
                await ReplayAsync(context, stored);
                return;
            }

            await RunAsync(context, next, operation, key);
        }
        finally
        {
            gate.Release();
        }
    }

    // Simulator OCIDs are random, so a caller cannot know the parent's before start: an API key registered under a
    // tenancy the simulator does not hold is taken as a user of the parent tenancy.
    private string CallerTenancy(Auth.SimPrincipal principal)
    {
        lock (sim.State.Gate)
        {
            return principal.TenancyId is { } tenancyId && sim.State.Tenancies.ContainsKey(tenancyId) ? tenancyId : sim.State.ParentTenancyId;
        }
    }

    private async Task<bool> ApplyFaultAsync(HttpContext context, string operation)
    {
        var fault = sim.Faults.TakeBefore(operation);
        switch (fault?.Kind)
        {
            case Control.SimFaultKind.Throttle:
                sim.Counters.CountThrottled();
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = retryAfter.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await SimResults.WriteErrorAsync(context, fault.Status, fault.Code, fault.Message);
                return true;
            case Control.SimFaultKind.Fail:
                await SimResults.WriteErrorAsync(context, fault.Status, fault.Code, fault.Message);
                return true;
            case Control.SimFaultKind.Delay:
                try
                {
                    await Task.Delay(fault.Delay, sim.Options.Time, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up waiting, which is what this fault is for.
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private async Task RunAsync(HttpContext context, RequestDelegate next, string operation, string? retryKey)
    {
        var wire = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            try
            {
                await next(context);
            }
            catch (SimApiException ex)
            {
                ResetResponse(context);
                await SimResults.WriteErrorAsync(context, ex.Status, ex.Code, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug in the simulator still answers the way OCI does, so the client's handling is exercised.
                ResetResponse(context);
                await SimResults.WriteErrorAsync(context, 500, "InternalServerError", "Internal error.");
            }

            var status = context.Response.StatusCode;
            if (retryKey is not null && status is >= 200 and < 300)
            {
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var name in new[] { "opc-work-request-id", "etag" })
                {
                    if (context.Response.Headers.TryGetValue(name, out var value))
                    {
                        headers[name] = value.ToString();
                    }
                }

                sim.RetryTokens.Store(retryKey, new SimStoredResponse(status, context.Response.ContentType, buffer.ToArray(), headers, sim.Now));
            }

            if (sim.Faults.TakeAfterCommit(operation) is { } lost)
            {
                ResetResponse(context);
                await SimResults.WriteErrorAsync(context, lost.Status, lost.Code, lost.Message);
            }
        }
        finally
        {
            context.Response.Body = wire;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(wire, context.RequestAborted);
    }

    private static void ResetResponse(HttpContext context)
    {
        var requestId = context.Response.Headers["opc-request-id"];
        context.Response.Clear();
        context.Response.Headers["opc-request-id"] = requestId;
    }

    private static async Task ReplayAsync(HttpContext context, SimStoredResponse stored)
    {
        context.Response.StatusCode = stored.Status;
        context.Response.ContentType = stored.ContentType;
        foreach (var (name, value) in stored.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }
}
