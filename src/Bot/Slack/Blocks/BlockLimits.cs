namespace ChatOps.Bot.Slack.Blocks;

/// <summary>Slack's Block Kit limits (reference: slack.md §5); builders shorten to these instead of failing.</summary>
internal static class BlockLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int MessageText = 4000;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ContextText = 3000;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int Id = 255;
    public const int InputLabel = 2000;
    public const int InputHint = 2000;
    public const int Placeholder = 150;
    public const int InitialValue = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int Options = 10;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int PrivateMetadata = 3000;
    public const int ConfirmTitle = 100;
    public const int ConfirmText = 300;
    public const int ConfirmButton = 30;
    public const int ViewErrorText = 2000;

    public static string? Id255(string? id) => id is null ? null : SlackText.Clip(id, Id);

    /// <summary>Keeps the first blocks and says how many were left out, instead of Slack refusing the whole message.</summary>
    public static IReadOnlyList<Block> Cap(IReadOnlyList<Block> blocks, int max)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count <= max)
        {
            return blocks;
        }

        var kept = blocks.Take(max - 1).ToList();
        kept.Add(new ContextBlock([TextObject.Markdown($"… +{blocks.Count - (max - 1)}")]));
        return kept;
    }

    public static IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, int max) =>
        items.Count <= max ? items : items.Take(max).ToList();
}
