using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Features.Security;

namespace Waymark.Cli;

/// <summary>
/// Signing the CLI in to a server with accounts on, as one of its people: WAYMARK_EMAIL and WAYMARK_PASSWORD from the
/// environment (never the command line, where other users and shell history see it, as psql's PGPASSWORD). The
/// session cookie stays in the client's cookie jar for the one command; its antiforgery token goes on every request.
/// </summary>
internal sealed record ServerSignIn(string Email, string Password)
{
    public const string EmailVariable = "WAYMARK_EMAIL";
    public const string PasswordVariable = "WAYMARK_PASSWORD";

    /// <summary>The account named by the environment; null when WAYMARK_EMAIL is not set.</summary>
    public static ServerSignIn? FromEnvironment()
    {
        var email = Environment.GetEnvironmentVariable(EmailVariable);
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        // A missing password is reported by the first call, inside the command's own error handling.
        return new ServerSignIn(email.Trim(), Environment.GetEnvironmentVariable(PasswordVariable) ?? "");
    }

    public async Task SignInAsync(HttpClient http, CancellationToken ct)
    {
        if (Password.Length == 0)
        {
            throw new CliException(ExitCodes.Invalid, $"{EmailVariable} is set but {PasswordVariable} is not: set both to sign in");
        }

        using var response = await http.PostAsJsonAsync("api/account/sign-in", new { email = Email, password = Password }, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var why = response.StatusCode == HttpStatusCode.TooManyRequests
                ? "too many attempts; wait a minute"
                : ProblemText.From(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            throw new CliException(ExitCodes.Invalid, $"signing in as {Email} was refused ({(int)response.StatusCode}): {why}");
        }

        using var account = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct)
            .ConfigureAwait(false);
        if (account.RootElement.TryGetProperty("antiforgeryToken", out var token) && token.GetString() is { Length: > 0 } value)
        {
            http.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
            http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, value);
        }
    }
}
