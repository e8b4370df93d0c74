using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ChatOps.Sandbox.Mail;

/// <summary>
/// A real SMTP server on 127.0.0.1 (a free port) that captures what it is sent. It can refuse the next N
/// messages with a 4xx reply and reject unknown mailboxes with 550, for the sender's outcome handling.
/// </summary>
public sealed class SmtpSimulator : IAsyncDisposable
{
    private readonly ConcurrentQueue<CapturedMail> _messages = new();
    private readonly ConcurrentDictionary<string, bool> _unknownMailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Func<CapturedMail, bool> Match, TaskCompletionSource<CapturedMail> Done)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _time;
    private SmtpServer.SmtpServer? _server;
    private Task _running = Task.CompletedTask;
    private int _refuseNext;
    private SmtpResponse _refusal = new(SmtpReplyCode.Aborted, "Requested action aborted: local error in processing, try again later");

    private SmtpSimulator(TimeProvider time) => _time = time;

    public string Host => IPAddress.Loopback.ToString();

    public int Port { get; private set; }

    public IReadOnlyList<CapturedMail> Messages => [.. _messages];

    public int RefusedCount { get; private set; }

    public static async Task<SmtpSimulator> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var simulator = new SmtpSimulator(time ?? TimeProvider.System);
        await simulator.ListenAsync(cancellationToken);
        return simulator;
    }

    /// <summary>Refuse the next <paramref name="count"/> messages at end of DATA with a 4xx reply (default 451).</summary>
    public void RefuseNext(int count, int replyCode = 451, string text = "Requested action aborted: try again later")
    {
        if (replyCode is < 400 or > 499)
        {
            throw new ArgumentOutOfRangeException(nameof(replyCode), "a refusal to retry is a 4xx reply");
        }

        lock (_lock)
        {
            _refuseNext = count;
            _refusal = new SmtpResponse((SmtpReplyCode)replyCode, text);
        }
    }

    /// <summary>RCPT TO this address gets 550 (mailbox unavailable).</summary>
    public void AddUnknownMailbox(string address) => _unknownMailboxes[address] = true;

    /// <summary>Completes when a captured message (already or later) matches; the simulator's own signal, no polling.</summary>
    public Task<CapturedMail> WaitForMessageAsync(Func<CapturedMail, bool>? match = null, CancellationToken cancellationToken = default)
    {
        match ??= _ => true;
        lock (_lock)
        {
            if (_messages.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<CapturedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public void Clear() => _messages.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server?.Shutdown();
        try
        {
            // The listening task was started by this instance in ListenAsync; waiting for it here is safe.
#pragma warning disable VSTHRD003
            await _running;
#pragma warning restore VSTHRD003
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    internal bool IsUnknown(string address) => _unknownMailboxes.ContainsKey(address);

    internal SmtpResponse Accept(string from, IReadOnlyList<string> recipients, ReadOnlySequence<byte> buffer)
    {
        lock (_lock)
        {
            if (_refuseNext > 0)
            {
                _refuseNext--;
                RefusedCount++;
                return _refusal;
            }

            var raw = buffer.ToArray();
            var (headers, text, html) = MimeReader.Read(raw);
            var subject = MimeReader.DecodeWords(headers.FirstOrDefault(h => h.Key.Equals("Subject", StringComparison.OrdinalIgnoreCase)).Value ?? "");
            var mail = new CapturedMail(from, recipients, subject, headers, text, html, raw, _time.GetUtcNow());
            _messages.Enqueue(mail);
            foreach (var waiter in _waiters.Where(w => w.Match(mail)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(mail);
            }

            return SmtpResponse.Ok;
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.sandbox.invalid")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new CapturingMessageStore(this));
        services.Add(new KnownMailboxFilter(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }
}
