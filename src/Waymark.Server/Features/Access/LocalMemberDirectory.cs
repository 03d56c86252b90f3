namespace Waymark.Server.Features.Access;

/// <summary>Accounts off: the local owner is every workspace's only member.</summary>
internal sealed class LocalMemberDirectory : IMemberDirectory
{
    private static readonly MemberSummary[] Members = [new(Caller.LocalUserId, Caller.LocalOwner.DisplayName, null, WorkspaceRole.Owner)];

    public Task<IReadOnlyList<MemberSummary>> ListAsync(string workspaceId, CancellationToken ct) => Task.FromResult<IReadOnlyList<MemberSummary>>(Members);
}
