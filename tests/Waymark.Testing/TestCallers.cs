using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server.Features.Access;

namespace Waymark.Testing;

/// <summary>
/// Stand-ins for the accounts that are not built yet: the X-Test-Caller header names who calls (a member by id, or
/// "guest:{mapId}" for a share-link guest with comment access to one map); without it the caller is the local owner.
/// The members are a fixed list, so mentions have more than one person to name.
/// </summary>
public sealed class TestCallers : IWorkspaceAccess, IMemberDirectory
{
    public const string Header = "X-Test-Caller";

    public static readonly MemberSummary[] Members =
    [
        new(Caller.LocalUserId, "You", null, WorkspaceRole.Owner),
        new("u_ana", "Ana Researcher", "ana@example.org", WorkspaceRole.Commenter),
        new("u_cora", "Cora Analyst", "cora@example.org", WorkspaceRole.Commenter),
        new("u_ben", "Ben Stakeholder", "ben@example.org", WorkspaceRole.Viewer),
        new("u_olga", "Olga Owner", "olga@example.org", WorkspaceRole.Owner),
        new("u_mallory", "<img src=x onerror=window.__pwned=1>Mallory \"javascript:alert(1)\"", null, WorkspaceRole.Commenter),
    ];

    /// <summary>Replaces the accounts-off access and member directory of an app being built with these callers.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<TestCallers>();
        services.AddSingleton<IWorkspaceAccess>(p => p.GetRequiredService<TestCallers>());
        services.AddSingleton<IMemberDirectory>(p => p.GetRequiredService<TestCallers>());
    }

    public ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId)
    {
        var name = http.Request.Headers[Header].ToString();
        if (name.StartsWith("guest:", StringComparison.Ordinal))
        {
            return ValueTask.FromResult<Caller?>(new Caller(CallerKind.ShareGuest, null, "Guest <b>visitor</b>", WorkspaceRole.Commenter,
                MapId: name["guest:".Length..], ShareLinkId: "shl_test"));
        }

        var member = Array.Find(Members, m => m.UserId == name);
        return ValueTask.FromResult<Caller?>(member is null ? Caller.LocalOwner : new Caller(CallerKind.Member, member.UserId, member.DisplayName, member.Role));
    }

    public Task<IReadOnlyList<MemberSummary>> ListAsync(string workspaceId, CancellationToken ct) => Task.FromResult<IReadOnlyList<MemberSummary>>(Members);
}
