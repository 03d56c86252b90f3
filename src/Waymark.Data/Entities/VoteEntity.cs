namespace Waymark.Data.Entities;

/// <summary>
/// One person's votes on one idea of a map: <see cref="Count"/> is 1 with one vote per person, up to the map's
/// budget in a dot-voting session. <see cref="VoterId"/> is an account's user id, or "guest:" and the guest's id for
/// someone voting through a share link.
/// </summary>
public sealed class VoteEntity
{
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";
    public string IdeaId { get; set; } = "";
    public string VoterId { get; set; } = "";
    public string VoterName { get; set; } = "";
    public int Count { get; set; }
    public DateTime UpdatedAt { get; set; }
}
