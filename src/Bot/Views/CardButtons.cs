using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Bot.Views;

/// <summary>
/// Only the buttons that apply in the request's current state. Each carries nothing but the request id; the
/// handlers look the request up in our store.
/// </summary>
internal static class CardButtons
{
    public static IReadOnlyList<BlockElement> For(ProvisioningRequest request, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buttons = new List<BlockElement>();
        switch (request.State)
        {
            case RequestState.AwaitingApproval:
                buttons.Add(Approve(request, texts));
                buttons.Add(Reject(request, texts));
                break;
            case RequestState.AwaitingCredentials:
                buttons.Add(Credentials(request, texts));
                break;
            case RequestState.Failed:
                buttons.Add(Retry(request, texts));
                break;
        }

        if (!request.IsTerminal)
        {
            buttons.Add(Cancel(request, texts));
        }

        return buttons;
    }

    public static ButtonElement Approve(ProvisioningRequest request, ChatTexts texts) =>
        new(texts.Get("button.approve"), ApproveButton.ActionId, request.Id, ButtonStyle.Primary, new ConfirmDialog(
            texts.Get("confirm.approve.title"), texts.Format("confirm.approve.text", request.Id, RequestText.Organisation(request)),
            texts.Get("confirm.approve.yes"), texts.Get("confirm.no"), ButtonStyle.Primary));

    public static ButtonElement Reject(ProvisioningRequest request, ChatTexts texts) =>
        new(texts.Get("button.reject"), RejectButton.ActionId, request.Id);

    public static ButtonElement Credentials(ProvisioningRequest request, ChatTexts texts) =>
        new(texts.Get("button.credentials"), CredentialsButton.ActionId, request.Id, ButtonStyle.Primary);

    public static ButtonElement Retry(ProvisioningRequest request, ChatTexts texts) =>
        new(texts.Get("button.retry"), RetryButton.ActionId, request.Id, ButtonStyle.Primary);

    public static ButtonElement Cancel(ProvisioningRequest request, ChatTexts texts) =>
        new(texts.Get("button.cancel"), CancelButton.ActionId, request.Id, ButtonStyle.Danger, new ConfirmDialog(
            texts.Get("confirm.cancel.title"), texts.Format("confirm.cancel.text", request.Id, RequestText.Organisation(request)),
            texts.Get("confirm.cancel.yes"), texts.Get("confirm.no"), ButtonStyle.Danger));
}
