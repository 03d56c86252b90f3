using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Mail;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// "Forgot password?" by mail. The request only checks the address's form and queues the work, then answers 202:
/// whether an account has the address is looked up later by the mail outbox, so the answer and the request's path
/// (and so its timing) are the same for every address. When an account has it, the outbox creates a one-time link
/// (<see cref="SignInLinks"/>: hashed, single use, <c>Auth:ResetLinkMinutes</c>) and mails it; the link opens the
/// reset page, which signs in with it and sets the new password. Limited per client address and per email address.
/// </summary>
internal static class PasswordResets
{
    public const string Kind = "password-reset";
    private const int MaxEmail = 320;

    public static RouteGroupBuilder MapPasswordReset(this RouteGroupBuilder group)
    {
        group.MapGet("/mail", (MailOutbox mail) => TypedResults.Ok(new MailStatus(mail.Enabled))).WithName("GetMailStatus")
            .WithSummary("Whether this server sends mail (invitations, password resets); without it links are handed over by hand.");
        group.MapPost("/password-reset", RequestAsync).WithName("RequestPasswordReset")
            .WithSummary("Mails a one-time link to set a new password when an account has the email; answers 202 alike for every address.")
            .RequireRateLimiting(AccountRateLimits.PasswordReset).WithMetadata(new LimitedPerEmail())
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    public static Results<Accepted, ValidationProblem, ProblemHttpResult> RequestAsync(
        PasswordResetRequest request, HttpContext http, IOptions<AccountsOptions> options, MailOutbox mail)
    {
        if (!options.Value.Accounts)
        {
            return AccountProblems.AccountsOff();
        }

        if (!mail.Enabled)
        {
            return TypedResults.Problem("This server sends no mail (Mail:Smtp:Host is not set). Ask whoever runs it for a link: "
                + "waymark users reset-password EMAIL.", statusCode: StatusCodes.Status404NotFound, title: "Mail is off");
        }

        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > MaxEmail || !email.Contains('@', StringComparison.Ordinal))
        {
            return Problems.Invalid("email", "enter the email address of your account");
        }

        var site = options.Value.PublicUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}";
        mail.Enqueue(Kind, (services, ct) => ComposeAsync(services, email, site, ct)); // a full queue drops it: the person asks again
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Runs in the outbox, never in the request: null (nothing to send) when no account has the address.</summary>
    private static async Task<OutgoingMail?> ComposeAsync(IServiceProvider services, string email, string site, CancellationToken ct)
    {
        var user = await services.GetRequiredService<UserManager<WaymarkUser>>().FindByEmailAsync(email);
        if (user?.Email is null)
        {
            return null;
        }

        var db = services.GetRequiredService<WaymarkDbContext>();
        var minutes = services.GetRequiredService<IOptions<AccountsOptions>>().Value.ResetLinkMinutes;
        await SignInLinks.RevokeUnusedAsync(db, user.Id, SignInLinks.Reset, ct); // only the newest link works
        var token = await SignInLinks.CreateAsync(db, user.Id, SignInLinks.Reset, TimeSpan.FromMinutes(minutes), ct);
        await services.GetRequiredService<IAuditTrail>().RecordAsync(
            AccountEndpoints.Line(user.Id, user.DisplayName, "account.password-reset-mailed", "a one-time link to set a new password"), ct);
        return new MailBody()
            .Paragraph($"Hello {user.DisplayName},")
            .Paragraph("someone asked to reset the password of your Waymark account. Choose a new one here:")
            .Link("Choose a new password", SignInLinks.ResetUrl(site, token))
            .Paragraph($"The link works once, within {minutes} minutes. Your current password keeps working until you choose a new one.")
            .Small($"Sent by Waymark at {site}. If you did not ask for this, ignore this mail: nothing changes unless the link is opened.")
            .To(Kind, user.Email, "Reset your Waymark password");
    }
}
