using System.Text.Json;

namespace ChatOps.Provisioning.Gcas;

/// <summary>
/// The wire body of a status event. Written field by field in a fixed order so that a retry of the same event
/// produces the same bytes: GCAS answers 409 when a known Idempotency-Key comes with a different body.
/// </summary>
internal static class GcasStatusEventBody
{
    public static byte[] Serialize(GcasStatusEvent statusEvent)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", statusEvent.Sequence);
            json.WriteString("status", statusEvent.Status);
            json.WriteString("occurredAt", statusEvent.OccurredAt);
            WriteOptional(json, "step", statusEvent.Step);
            WriteOptional(json, "message", statusEvent.Message);
            if (statusEvent.Reasons is { } reasons)
            {
                json.WriteStartArray("reasons");
                foreach (var reason in reasons)
                {
                    json.WriteStringValue(reason);
                }

                json.WriteEndArray();
            }

            if (statusEvent.Tenancies is { } tenancies)
            {
                json.WriteStartArray("tenancies");
                foreach (var tenancy in tenancies)
                {
                    json.WriteStartObject();
                    json.WriteString("environment", tenancy.Environment);
                    json.WriteString("tenancyId", tenancy.TenancyId);
                    json.WriteString("tenancyName", tenancy.TenancyName);
                    json.WriteString("homeRegion", tenancy.HomeRegion);
                    json.WriteString("consoleUrl", tenancy.ConsoleUrl);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
