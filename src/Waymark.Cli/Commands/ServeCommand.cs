using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using System.CommandLine;
using Waymark.Server.Features.Security;

namespace Waymark.Cli.Commands;

/// <summary>`waymark serve`: runs the Waymark server in this process (the same app as Waymark.Server).</summary>
public sealed class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://localhost:5080)." };
        var provider = new Option<string?>("--database") { Description = "sqlite (default) or postgres." };
        var connection = new Option<string?>("--connection-string") { Description = "Database connection string." };
        var noAccounts = new Option<bool>("--no-accounts")
        {
            Description = "Run without accounts (Auth:Accounts=false): whoever reaches the server owns every workspace, so loopback only.",
        };
        var command = new Command("serve", "Run the Waymark server (API and web app).") { urls, provider, connection, noAccounts };
        command.SetAction(async (parse, ct) =>
        {
            var args = new List<string>();
            Add(args, "urls", parse.GetValue(urls));
            Add(args, "Database:Provider", parse.GetValue(provider));
            Add(args, "ConnectionStrings:Waymark", parse.GetValue(connection));
            Add(args, "Auth:Accounts", parse.GetValue(noAccounts) ? "false" : null);
            await using var app = Waymark.Server.WaymarkApp.Build([.. args]);
            context.Line("Waymark is starting; press Ctrl+C to stop.");
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is UnsafeListenAddressException or OptionsValidationException)
            {
                // An address or AllowedHosts the server refuses (ADR 009): say why and what to do, without a stack trace.
                context.Error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Add(List<string> args, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            args.Add($"--{key}={value}");
        }
    }
}
