using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.Entities;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>Tests that set WAYMARK_EMAIL and WAYMARK_PASSWORD, which the whole process sees: they run alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection
{
}

/// <summary>
/// Push and pull against a server with accounts on (the default): signed in as one of its people through
/// WAYMARK_EMAIL and WAYMARK_PASSWORD, refused with a sentence saying how without them or with a wrong password.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class ServerSignInTests
{
    private const string Owner = "owner@localhost";
    private const string Password = "a long test password";

    [Fact]
    public async Task PullThenPush_SignedInThroughTheEnvironment_ReadsAndChangesTheServer()
    {
        await using var server = await StartWithOwnerPasswordAsync();
        using var cli = new CliRunner();

        var (pull, push) = await WithAccountAsync(Owner, Password, async () =>
        {
            var pulled = await cli.RunAsync("pull", "--server", server.Address.ToString(), "--workspace", "demo", "-o", cli.PathOf("maps"));
            var file = cli.PathOf("hotel.waymark.json");
            await cli.RunAsync("new", "--template", "hotel-stay", "-o", file);
            return (pulled, await cli.RunAsync("push", file, "--server", server.Address.ToString(), "--workspace", "demo"));
        });

        Assert.Equal(ExitCodes.Ok, pull.ExitCode);
        Assert.True(Directory.GetFiles(cli.PathOf("maps"), "*.waymark.json").Length >= 10, pull.Output + pull.Error);
        Assert.Equal(ExitCodes.Ok, push.ExitCode);
        Assert.Contains("created ", push.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_NoAccountInTheEnvironment_RefusedSayingHowToSignIn()
    {
        await using var server = await StartWithOwnerPasswordAsync();
        using var cli = new CliRunner();

        var pull = await WithAccountAsync(null, null, () => cli.RunAsync("pull", "--server", server.Address.ToString(), "-o", cli.PathOf("maps")));

        Assert.Equal(ExitCodes.Invalid, pull.ExitCode);
        Assert.Contains("WAYMARK_EMAIL and WAYMARK_PASSWORD", pull.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_WrongPassword_RefusedAndThePasswordNotPrinted()
    {
        await using var server = await StartWithOwnerPasswordAsync();
        using var cli = new CliRunner();

        var pull = await WithAccountAsync(Owner, "not the password", () => cli.RunAsync("pull", "--server", server.Address.ToString(), "-o", cli.PathOf("maps")));

        Assert.Equal(ExitCodes.Invalid, pull.ExitCode);
        Assert.Contains($"signing in as {Owner} was refused", pull.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", pull.Error + pull.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_EmailWithoutPassword_RefusedSayingWhatIsMissing()
    {
        await using var server = await StartWithOwnerPasswordAsync();
        using var cli = new CliRunner();

        var pull = await WithAccountAsync(Owner, null, () => cli.RunAsync("pull", "--server", server.Address.ToString(), "-o", cli.PathOf("maps")));

        Assert.Equal(ExitCodes.Invalid, pull.ExitCode);
        Assert.Contains("WAYMARK_EMAIL is set but WAYMARK_PASSWORD is not", pull.Error, StringComparison.Ordinal);
    }

    private static async Task<LiveWaymarkServer> StartWithOwnerPasswordAsync()
    {
        var server = await LiveWaymarkServer.StartAsync("--Auth:Accounts=true");
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var owner = await users.FindByEmailAsync(Owner) ?? throw new InvalidOperationException("the first start made no owner");
        var added = await users.AddPasswordAsync(owner, Password);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Description)));
        return server;
    }

    private static async Task<T> WithAccountAsync<T>(string? email, string? password, Func<Task<T>> run)
    {
        Environment.SetEnvironmentVariable("WAYMARK_EMAIL", email);
        Environment.SetEnvironmentVariable("WAYMARK_PASSWORD", password);
        try
        {
            return await run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("WAYMARK_EMAIL", null);
            Environment.SetEnvironmentVariable("WAYMARK_PASSWORD", null);
        }
    }
}
