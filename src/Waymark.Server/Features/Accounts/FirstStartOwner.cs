using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// First start stays two commands: with accounts on and nobody yet, the server creates an owner account, makes it
/// owner of every workspace there is (the demo), and prints a one-time sign-in link, the way Jupyter prints its token.
/// Every later start prints a fresh link while that owner has not chosen a password, so a restart never locks them out.
/// </summary>
internal static class FirstStartOwner
{
    public static void Prepare(WebApplication app, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AccountsOptions>>().Value;
        if (!options.Accounts)
        {
            return;
        }

        var db = services.GetRequiredService<WaymarkDbContext>();
        var owner = EnsureOwnerAsync(db, services.GetRequiredService<UserManager<WaymarkUser>>(), options).GetAwaiter().GetResult();
        if (owner.PasswordHash is not null)
        {
            return;
        }

        SignInLinks.RevokeUnusedAsync(db, owner.Id, SignInLinks.FirstStart, CancellationToken.None).GetAwaiter().GetResult();
        var token = SignInLinks.CreateAsync(db, owner.Id, SignInLinks.FirstStart, TimeSpan.FromMinutes(options.SignInLinkMinutes),
            CancellationToken.None).GetAwaiter().GetResult();
        var notice = app.Services.GetRequiredService<IConsoleNotice>();
        app.Lifetime.ApplicationStarted.Register(() =>
            notice.Write(Block(SignInLinks.Url(BaseUrl(app, options), token), owner.Email ?? "", options.SignInLinkMinutes)));
    }

    /// <summary>The first account ever created; made now when there is none.</summary>
    private static async Task<WaymarkUser> EnsureOwnerAsync(WaymarkDbContext db, UserManager<WaymarkUser> users, AccountsOptions options)
    {
        var first = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAt).FirstOrDefaultAsync();
        if (first is not null)
        {
            return first;
        }

        var owner = new WaymarkUser
        {
            UserName = options.OwnerEmail.Trim(), Email = options.OwnerEmail.Trim(), EmailConfirmed = true,
            DisplayName = options.OwnerName.Trim(), CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(owner);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first owner account (Auth:OwnerEmail '" + options.OwnerEmail + "'): "
                + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var now = DateTime.UtcNow;
        var workspaces = await db.Workspaces.Select(w => w.Id).ToListAsync();
        db.WorkspaceMembers.AddRange(workspaces.Select(w => new WorkspaceMemberEntity
        {
            WorkspaceId = w, UserId = owner.Id, Role = MemberRoles.Owner, JoinedAt = now,
        }));
        await db.SaveChangesAsync();
        return owner;
    }

    /// <summary>Where people reach the server: Auth:PublicUrl, else the first address it listens on (any-address as localhost).</summary>
    internal static string BaseUrl(WebApplication app, AccountsOptions options)
    {
        if (options.PublicUrl is { } url)
        {
            return url;
        }

        var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }

    private static string Block(string link, string email, int minutes)
    {
        var line = new string('=', 78);
        var hours = minutes >= 120 ? (minutes / 60).ToString(CultureInfo.InvariantCulture) + " hours" : minutes.ToString(CultureInfo.InvariantCulture) + " minutes";
        return $"""

            {line}
              Waymark is ready. Sign in as the owner ({email}) with this one-time link:

                  {link}

              It works once and for {hours}; then choose a password. Until you do, every
              start prints a new link. Lost it? waymark users reset-password {email}
            {line}

            """;
    }
}
