using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Accounts;

namespace Waymark.Cli.Tests;

/// <summary>`waymark users` against the server's database: list accounts, print a one-time link to reset a password.</summary>
public sealed partial class UsersCommandTests
{
    [Fact]
    public async Task ResetPassword_KnownEmail_PrintsLinkThatSignsInOnce()
    {
        using var cli = new CliRunner();
        var connection = $"Data Source={cli.PathOf("waymark.db")};Pooling=false";
        var userId = await CreateUserAsync(connection, "ada@example.com");

        var result = await cli.RunAsync("users", "reset-password", "Ada@Example.com", "--connection-string", connection, "--url", "https://waymark.example.org");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var token = LinkToken().Match(result.Output);
        Assert.True(token.Success, result.Output);
        await using var db = Open(connection);
        Assert.DoesNotContain(token.Groups[1].Value.Split('.')[1], (await db.SignInLinks.SingleAsync()).SecretHash, StringComparison.Ordinal);
        Assert.Equal(userId, await SignInLinks.RedeemAsync(db, token.Groups[1].Value, CancellationToken.None));
        Assert.Null(await SignInLinks.RedeemAsync(db, token.Groups[1].Value, CancellationToken.None));
    }

    [Fact]
    public async Task ResetPassword_UnknownEmail_ExitsNotFoundSayingWhatToDo()
    {
        using var cli = new CliRunner();
        var connection = $"Data Source={cli.PathOf("waymark.db")};Pooling=false";
        await CreateUserAsync(connection, "ada@example.com");

        var result = await cli.RunAsync("users", "reset-password", "bob@example.com", "--connection-string", connection);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No account has the email 'bob@example.com'", result.Error, StringComparison.Ordinal);
        Assert.Contains("waymark users list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Accounts_ShowsEmailNameAndPasswordState()
    {
        using var cli = new CliRunner();
        var connection = $"Data Source={cli.PathOf("waymark.db")};Pooling=false";
        await CreateUserAsync(connection, "ada@example.com");

        var result = await cli.RunAsync("users", "list", "--connection-string", connection);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("ada@example.com", result.Output, StringComparison.Ordinal);
        Assert.Contains("not set", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 account.", result.Output, StringComparison.Ordinal);
    }

    private static async Task<string> CreateUserAsync(string connection, string email)
    {
        await using var db = Open(connection);
        await db.Database.MigrateAsync();
        var user = new WaymarkUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = "Ada", CreatedAt = DateTime.UtcNow, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static WaymarkDbContext Open(string connection) =>
        WaymarkContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connection });

    [GeneratedRegex(@"https://waymark\.example\.org/signin#token=([A-Za-z0-9._-]+)")]
    private static partial Regex LinkToken();
}
