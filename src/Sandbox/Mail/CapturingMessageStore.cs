using System.Buffers;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ChatOps.Sandbox.Mail;

/// <summary>Hands each message at end of DATA to the simulator, whose answer (250 or a 4xx) goes back to the client.</summary>
internal sealed class CapturingMessageStore(SmtpSimulator simulator) : MessageStore
{
    public override Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken) =>
        Task.FromResult(simulator.Accept(
            Address(transaction.From),
            [.. transaction.To.Select(Address)],
            buffer));

    private static string Address(SmtpServer.Mail.IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";
}
