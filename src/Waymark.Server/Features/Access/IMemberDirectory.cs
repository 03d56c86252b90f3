namespace Waymark.Server.Features.Access;

/// <summary>
/// The people of a workspace, for whatever names them: @mentions in comments, who voted, the audit trail's actors.
/// </summary>
public interface IMemberDirectory
{
    public Task<IReadOnlyList<MemberSummary>> ListAsync(string workspaceId, CancellationToken ct);
}
