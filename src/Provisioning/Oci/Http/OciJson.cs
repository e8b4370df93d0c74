using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>OCI's JSON: camelCase field names, absent optional fields left out.</summary>
internal static class OciJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
