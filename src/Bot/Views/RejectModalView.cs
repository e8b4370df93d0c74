using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>The modal that asks for the reason of a rejection; the reason goes to GCAS and the applicant.</summary>
internal static class RejectModalView
{
    public static ModalView Render(ProvisioningRequest request, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        Block[] blocks =
        [
            SectionBlock.Markdown(texts.Format("reject.intro", RequestText.Title(request))),
            new InputBlock(
                texts.Get("reject.reason_label"),
                new PlainTextInputElement(RejectModal.ReasonAction, multiline: true, placeholder: texts.Get("reject.reason_placeholder"), maxLength: RejectModal.MaxReasonLength),
                RejectModal.ReasonBlock,
                hint: texts.Format("reject.reason_hint", RejectModal.MaxReasonLength)),
        ];
        return new ModalView(texts.Get("reject.title"), blocks, RejectModal.CallbackId, texts.Get("reject.submit"), texts.Get("modal.close"), privateMetadata: request.Id);
    }
}
