using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Bot.Views;

/// <summary>
/// The credentials modal: for each child tenancy the exact statements to apply in the child (admit the bot) and
/// in the parent (endorse it), with the policy names to use, then a required "applied" tick and an optional note.
/// No secret is ever asked for: the bot works with its own identity once these policies exist.
/// </summary>
internal static class CredentialsModalView
{
    public static ModalView Render(ProvisioningRequest request, CredentialInstructions instructions, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(instructions);
        var blocks = new List<Block> { SectionBlock.Markdown(texts.Format("credentials.intro", RequestText.Title(request))) };
        foreach (var tenancy in instructions.Tenancies)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(SectionBlock.Markdown(texts.Format("credentials.tenancy",
                SlackText.Escape(tenancy.Environment), SlackText.Escape(tenancy.TenancyName), SlackText.Escape(tenancy.TenancyId))));
            blocks.Add(SectionBlock.Markdown(Statements(texts.Format("credentials.child", SlackText.Escape(tenancy.ChildPolicyName)), tenancy.ChildStatements)));
            blocks.Add(SectionBlock.Markdown(Statements(texts.Format("credentials.parent", SlackText.Escape(tenancy.ParentPolicyName)), tenancy.ParentStatements)));
        }

        blocks.Add(new DividerBlock());
        blocks.Add(new InputBlock(
            texts.Get("credentials.applied_label"),
            new CheckboxesElement(CredentialsModal.AppliedAction, [new OptionObject(texts.Get("credentials.applied_option"), CredentialsModal.AppliedValue)]),
            CredentialsModal.AppliedBlock));
        blocks.Add(new InputBlock(
            texts.Get("credentials.note_label"),
            new PlainTextInputElement(CredentialsModal.NoteAction, multiline: true, maxLength: CredentialsModal.MaxNoteLength),
            CredentialsModal.NoteBlock,
            optional: true,
            hint: texts.Get("credentials.note_hint")));
        return new ModalView(texts.Get("credentials.title"), blocks, CredentialsModal.CallbackId, texts.Get("credentials.submit"), texts.Get("modal.close"), privateMetadata: request.Id);
    }

    private static string Statements(string heading, IReadOnlyList<string> statements) =>
        $"{heading}\n```\n{SlackText.Escape(string.Join("\n", statements))}\n```";
}
