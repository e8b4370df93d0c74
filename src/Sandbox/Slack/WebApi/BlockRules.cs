using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>
/// Slack's Block Kit limits, checked the way the platform reports them: one message per violation with a JSON
/// pointer, e.g. <c>must be less than 3001 characters [json-pointer:/blocks/0/text/text]</c>.
/// </summary>
internal static class BlockRules
{
    private static readonly HashSet<string> BlockTypes = ["section", "header", "context", "divider", "actions", "input", "image", "rich_text", "markdown"];

    public static List<string> Validate(JsonNode? blocks, string pointer, int maxBlocks)
    {
        var errors = new List<string>();
        if (blocks is not JsonArray array)
        {
            errors.Add($"must be an array [json-pointer:{pointer}]");
            return errors;
        }

        if (array.Count > maxBlocks)
        {
            errors.Add($"no more than {maxBlocks} items allowed [json-pointer:{pointer}]");
        }

        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            Block(array[i], $"{pointer}/{i}", blockIds, errors);
        }

        return errors;
    }

    private static void Block(JsonNode? node, string at, HashSet<string> blockIds, List<string> errors)
    {
        if (node is not JsonObject block || Str(block, "type") is not { } type || !BlockTypes.Contains(type))
        {
            errors.Add($"unsupported block type [json-pointer:{at}/type]");
            return;
        }

        if (Str(block, "block_id") is { } blockId)
        {
            MaxLength(blockId, 255, $"{at}/block_id", errors);
            if (!blockIds.Add(blockId))
            {
                errors.Add($"duplicate block_id [json-pointer:{at}/block_id]");
            }
        }

        switch (type)
        {
            case "header":
                Text(block["text"], $"{at}/text", 150, errors, plainOnly: true);
                break;
            case "section":
                Section(block, at, errors);
                break;
            case "context":
                Items(block["elements"], $"{at}/elements", 10, errors, min: 1);
                break;
            case "actions":
                Actions(block, at, errors);
                break;
            case "input":
                Text(block["label"], $"{at}/label", 2000, errors, plainOnly: true);
                if (block["hint"] is not null)
                {
                    Text(block["hint"], $"{at}/hint", 2000, errors, plainOnly: true);
                }

                if (block["element"] is JsonObject element)
                {
                    Element(element, $"{at}/element", errors);
                }
                else
                {
                    errors.Add($"missing required field: element [json-pointer:{at}]");
                }

                break;
        }
    }

    private static void Section(JsonObject block, string at, List<string> errors)
    {
        if (block["text"] is null && block["fields"] is null)
        {
            errors.Add($"must provide either text or fields [json-pointer:{at}]");
        }

        if (block["text"] is not null)
        {
            Text(block["text"], $"{at}/text", 3000, errors);
        }

        if (block["fields"] is JsonArray fields)
        {
            Items(fields, $"{at}/fields", 10, errors, min: 1);
            for (var i = 0; i < fields.Count; i++)
            {
                Text(fields[i], $"{at}/fields/{i}", 2000, errors);
            }
        }

        if (block["accessory"] is JsonObject accessory)
        {
            Element(accessory, $"{at}/accessory", errors);
        }
    }

    private static void Actions(JsonObject block, string at, List<string> errors)
    {
        if (!Items(block["elements"], $"{at}/elements", 25, errors, min: 1))
        {
            return;
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        var elements = block["elements"]!.AsArray();
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is JsonObject element)
            {
                Element(element, $"{at}/elements/{i}", errors);
                if (Str(element, "action_id") is { } id && !actionIds.Add(id))
                {
                    errors.Add($"duplicate action_id [json-pointer:{at}/elements/{i}/action_id]");
                }
            }
        }
    }

    private static void Element(JsonObject element, string at, List<string> errors)
    {
        if (Str(element, "action_id") is { } actionId)
        {
            MaxLength(actionId, 255, $"{at}/action_id", errors);
        }

        switch (Str(element, "type"))
        {
            case "button":
                Text(element["text"], $"{at}/text", 75, errors, plainOnly: true);
                MaxLength(Str(element, "value"), 2000, $"{at}/value", errors);
                MaxLength(Str(element, "url"), 3000, $"{at}/url", errors);
                if (Str(element, "style") is { } style && style is not ("primary" or "danger"))
                {
                    errors.Add($"must be one of primary, danger [json-pointer:{at}/style]");
                }

                if (element["confirm"] is JsonObject confirm)
                {
                    Confirm(confirm, $"{at}/confirm", errors);
                }

                break;
            case "plain_text_input":
                if (element["placeholder"] is not null)
                {
                    Text(element["placeholder"], $"{at}/placeholder", 150, errors, plainOnly: true);
                }

                break;
            case "checkboxes":
                if (Items(element["options"], $"{at}/options", 10, errors, min: 1))
                {
                    var options = element["options"]!.AsArray();
                    for (var i = 0; i < options.Count; i++)
                    {
                        Text(options[i]?["text"], $"{at}/options/{i}/text", 75, errors);
                        MaxLength(options[i]?["value"]?.GetValue<string>(), 150, $"{at}/options/{i}/value", errors);
                    }
                }

                break;
        }
    }

    private static void Confirm(JsonObject confirm, string at, List<string> errors)
    {
        Text(confirm["title"], $"{at}/title", 100, errors, plainOnly: true);
        Text(confirm["text"], $"{at}/text", 300, errors);
        Text(confirm["confirm"], $"{at}/confirm", 30, errors, plainOnly: true);
        Text(confirm["deny"], $"{at}/deny", 30, errors, plainOnly: true);
    }

    private static void Text(JsonNode? node, string at, int max, List<string> errors, bool plainOnly = false)
    {
        if (node is not JsonObject text || Str(text, "text") is not { } value)
        {
            errors.Add($"must be a text object [json-pointer:{at}]");
            return;
        }

        var type = Str(text, "type");
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
        {
            errors.Add($"must be {(plainOnly ? "plain_text" : "plain_text or mrkdwn")} [json-pointer:{at}/type]");
        }

        if (value.Length == 0)
        {
            errors.Add($"must be more than 0 characters [json-pointer:{at}/text]");
        }

        MaxLength(value, max, $"{at}/text", errors);
    }

    private static bool Items(JsonNode? node, string at, int max, List<string> errors, int min)
    {
        if (node is not JsonArray array)
        {
            errors.Add($"must be an array [json-pointer:{at}]");
            return false;
        }

        if (array.Count < min)
        {
            errors.Add($"must have at least {min} items [json-pointer:{at}]");
        }

        if (array.Count > max)
        {
            errors.Add($"no more than {max} items allowed [json-pointer:{at}]");
        }

        return true;
    }

    private static void MaxLength(string? value, int max, string at, List<string> errors)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add($"must be less than {max + 1} characters [json-pointer:{at}]");
        }
    }

    internal static string? Str(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
