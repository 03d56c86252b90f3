using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Waymark.Cli.Internals;
using Waymark.Data;
using Waymark.Server.Features.Accounts;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark users`: the accounts of the server's database, on the machine the server runs on. reset-password prints
/// a one-time sign-in link, so getting someone back in needs no mail server.
/// </summary>
public sealed class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "List accounts, or print a one-time sign-in link to reset a password.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(ResetPassword(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var (provider, connection) = DatabaseOptionsOf();
        var list = new Command("list", "List the accounts of the server's database.") { provider, connection };
        list.SetAction(async (parse, ct) =>
        {
            var server = ServerDatabase.From(parse.GetValue(provider), parse.GetValue(connection), null);
            await using var db = await OpenAsync(server, ct);
            var rows = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAt)
                .Select(u => new { u.Email, u.DisplayName, u.CreatedAt, HasPassword = u.PasswordHash != null, u.LockoutEnd,
                    Workspaces = db.WorkspaceMembers.Count(m => m.UserId == u.Id) })
                .ToListAsync(ct);
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumns("email", "name", "created (UTC)", "password", "locked until (UTC)", "workspaces");
            var now = DateTimeOffset.UtcNow;
            foreach (var r in rows)
            {
                table.AddRow(SafeMarkup.Value(r.Email), SafeMarkup.Value(r.DisplayName),
                    r.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.HasPassword ? "set" : "not set",
                    r.LockoutEnd > now ? r.LockoutEnd.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
                    r.Workspaces.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            context.Line(rows.Count == 1 ? "1 account." : $"{rows.Count.ToString(CultureInfo.InvariantCulture)} accounts.");
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command ResetPassword(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "The account's email address." };
        var (provider, connection) = DatabaseOptionsOf();
        var url = new Option<string?>("--url") { Description = "The address people open Waymark at (default Auth:PublicUrl or Urls)." };
        var reset = new Command("reset-password", "Print a one-time sign-in link with which the person sets a new password.")
        {
            email, provider, connection, url,
        };
        reset.SetAction(async (parse, ct) =>
        {
            var server = ServerDatabase.From(parse.GetValue(provider), parse.GetValue(connection), parse.GetValue(url));
            await using var db = await OpenAsync(server, ct);
            var address = parse.GetValue(email)!.Trim();
            var normalized = address.ToUpperInvariant(); // Identity's lookup normaliser
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            if (user is null)
            {
                context.Error.WriteLine($"No account has the email '{address}'. `waymark users list` shows the accounts.");
                return ExitCodes.NotFound;
            }

            await SignInLinks.RevokeUnusedAsync(db, user.Id, SignInLinks.Reset, ct);
            var minutes = server.Accounts.SignInLinkMinutes;
            var token = await SignInLinks.CreateAsync(db, user.Id, SignInLinks.Reset, TimeSpan.FromMinutes(minutes), ct);
            // The link goes out as a plain line of its own: a panel would wrap it inside borders and break copying.
            context.Console.MarkupLine($"One-time sign-in link for [bold]{SafeMarkup.Text(user.DisplayName)}[/] ({SafeMarkup.Text(user.Email)}):");
            context.Line("");
            context.Line("    " + SignInLinks.Url(server.BaseUrl, token));
            context.Line("");
            context.Line($"It signs them in once, within {minutes.ToString(CultureInfo.InvariantCulture)} minutes; they then choose a new password.");
            return ExitCodes.Ok;
        });
        return reset;
    }

    private static (Option<string?> Provider, Option<string?> Connection) DatabaseOptionsOf() =>
        (new Option<string?>("--database") { Description = "sqlite (default) or postgres, as for waymark serve." },
         new Option<string?>("--connection-string") { Description = "Database connection string, as for waymark serve." });

    /// <summary>Brought up to date the way the server does on start, so a fresh or older database works too.</summary>
    private static async Task<WaymarkDbContext> OpenAsync(ServerDatabase server, CancellationToken ct)
    {
        var db = WaymarkContextFactory.Create(server.Database);
        await db.Database.MigrateAsync(ct);
        return db;
    }
}
