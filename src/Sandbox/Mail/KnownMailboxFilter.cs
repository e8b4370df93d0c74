using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace ChatOps.Sandbox.Mail;

/// <summary>Rejects RCPT TO for mailboxes the simulator was told do not exist (the server answers 550).</summary>
internal sealed class KnownMailboxFilter(SmtpSimulator simulator) : IMailboxFilter
{
    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!simulator.IsUnknown($"{to.User}@{to.Host}"));
}
