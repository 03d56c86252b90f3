namespace Waymark.Server.Features.Access;

/// <summary>Accounts off (loopback only, ADR 017): the one person at the keyboard owns every workspace.</summary>
internal sealed class LocalWorkspaceAccess : IWorkspaceAccess
{
    public ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId) => ValueTask.FromResult<Caller?>(Caller.LocalOwner);
}
