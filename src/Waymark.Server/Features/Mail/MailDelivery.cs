using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Takes mail from the <see cref="MailOutbox"/> one at a time, composes it in a scope of its own and hands it to the
/// mail server, trying again with a doubling wait when the server does not take it. Logs name the kind of mail and
/// the attempt, never a body, link or password.
/// </summary>
internal sealed class MailDelivery(
    MailOutbox outbox, IMailSender sender, IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider time, ILogger<MailDelivery> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                if (await ComposeAsync(work, stoppingToken) is { } mail)
                {
                    await DeliverAsync(mail, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: what is still queued is lost (ADR 025)
        }
    }

    private async Task<OutgoingMail?> ComposeAsync(MailWork work, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await work.Compose(scope.ServiceProvider, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError("Could not prepare a {Kind} mail: {Error}", work.Kind, e.GetType().Name);
            return null;
        }
    }

    private async Task DeliverAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            var wait = TimeSpan.FromSeconds(o.RetrySeconds * Math.Pow(2, attempt - 1));
            try
            {
                await sender.SendAsync(mail, ct);
                log.LogInformation("Sent a {Kind} mail (attempt {Attempt}).", mail.Kind, attempt);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The exception's type and message (the server's answer) help the admin; they hold no body or password.
                if (attempt >= o.MaxAttempts)
                {
                    log.LogError("Gave up on a {Kind} mail after {Attempts} attempts: {Error}: {Reason}", mail.Kind, attempt, e.GetType().Name, e.Message);
                    return;
                }

                log.LogWarning("A {Kind} mail was not sent (attempt {Attempt} of {Max}): {Error}: {Reason}; trying again in {Wait}.",
                    mail.Kind, attempt, o.MaxAttempts, e.GetType().Name, e.Message, wait);
            }

            await Task.Delay(wait, time, ct);
        }
    }
}
