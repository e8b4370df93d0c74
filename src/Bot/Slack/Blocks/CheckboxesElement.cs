namespace ChatOps.Bot.Slack.Blocks;

internal sealed record CheckboxesElement : BlockElement
{
    public CheckboxesElement(string actionId, IReadOnlyList<OptionObject> options, IReadOnlyList<OptionObject>? initialOptions = null)
        : base(actionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = BlockLimits.Take(options, BlockLimits.Options);
        InitialOptions = initialOptions is null or { Count: 0 } ? null : initialOptions.Where(Options.Contains).ToList();
    }

    public IReadOnlyList<OptionObject> Options { get; }

    public IReadOnlyList<OptionObject>? InitialOptions { get; }
}
