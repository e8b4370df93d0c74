using System.Text.Json.Serialization;

namespace ChatOps.Bot.Slack.Blocks;

/// <summary>An interactive element; <see cref="ActionId"/> is the key the dispatcher routes on.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
internal abstract record BlockElement
{
    protected BlockElement(string actionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        ActionId = SlackText.Clip(actionId, BlockLimits.Id);
    }

    public string ActionId { get; }
}
