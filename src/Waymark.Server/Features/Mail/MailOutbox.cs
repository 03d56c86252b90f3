using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Mail waiting to be sent (ADR 025). A request that causes a mail only queues it and answers at once; the
/// <see cref="MailDelivery"/> service composes and sends it with retries. A mail may be composed late, in the
/// delivery's own scope, so a request that must answer alike whatever the database holds (a password reset) does no
/// database work of its own. The queue lives in memory: a restart loses what was not sent yet, which the people
/// affected can ask for again (the invitation link was shown to the inviter all the same).
/// </summary>
public sealed class MailOutbox(IOptions<MailOptions> options)
{
    private const int Capacity = 1000;

    private readonly Channel<MailWork> _queue = Channel.CreateBounded<MailWork>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Whether a mail server is configured; without one nothing is queued.</summary>
    public bool Enabled => options.Value.Smtp.Enabled;

    /// <summary>Queues a composed mail; false when mail is off or the queue is full.</summary>
    public bool Enqueue(OutgoingMail mail) => Enqueue(mail.Kind, (_, _) => Task.FromResult<OutgoingMail?>(mail));

    /// <summary>Queues a mail composed later in a scope of its own (null from <paramref name="compose"/>: nothing to send).</summary>
    public bool Enqueue(string kind, Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>> compose) =>
        Enabled && _queue.Writer.TryWrite(new MailWork(kind, compose));

    internal ChannelReader<MailWork> Reader => _queue.Reader;
}

internal sealed record MailWork(string Kind, Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>> Compose);
