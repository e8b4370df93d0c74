using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>Checks a view definition: size (250 kB), type, modal title and buttons (24), blocks (100), metadata (3000).</summary>
internal static class ViewRules
{
    private const int MaxViewBytes = 250 * 1000;

    public static ApiResult? Check(JsonNode? node, string expectedType)
    {
        if (node is not JsonObject view)
        {
            return ApiResult.Invalid("invalid_arguments", ["must be an object [json-pointer:/view]"]);
        }

        if (Encoding.UTF8.GetByteCount(view.ToJsonString()) > MaxViewBytes)
        {
            return ApiResult.Error("view_too_large");
        }

        var errors = new List<string>();
        if (BlockRules.Str(view, "type") != expectedType)
        {
            errors.Add($"must be {expectedType} [json-pointer:/view/type]");
        }

        if (expectedType == "modal")
        {
            Title(view["title"], "/view/title", required: true, errors);
            Title(view["submit"], "/view/submit", required: false, errors);
            Title(view["close"], "/view/close", required: false, errors);
            if (view["submit"] is null && view["blocks"] is JsonArray blocks && blocks.Any(b => b?["type"]?.GetValue<string>() == "input"))
            {
                errors.Add("missing required field: submit [json-pointer:/view/submit]");
            }
        }

        errors.AddRange(BlockRules.Validate(view["blocks"], "/view/blocks", 100));
        Max(view, "private_metadata", 3000, errors);
        Max(view, "callback_id", 255, errors);
        Max(view, "external_id", 255, errors);
        return errors.Count == 0 ? null : ApiResult.Invalid("invalid_arguments", errors);
    }

    private static void Title(JsonNode? node, string at, bool required, List<string> errors)
    {
        if (node is null)
        {
            if (required)
            {
                errors.Add($"missing required field: title [json-pointer:{at}]");
            }

            return;
        }

        var text = node["text"]?.GetValue<string>() ?? "";
        if (node["type"]?.GetValue<string>() != "plain_text")
        {
            errors.Add($"must be plain_text [json-pointer:{at}/type]");
        }

        if (text.Length is 0 or > 24)
        {
            errors.Add($"must be less than 25 characters [json-pointer:{at}/text]");
        }
    }

    private static void Max(JsonObject view, string field, int max, List<string> errors)
    {
        if (BlockRules.Str(view, field) is { } value && value.Length > max)
        {
            errors.Add($"must be less than {max + 1} characters [json-pointer:/view/{field}]");
        }
    }
}
