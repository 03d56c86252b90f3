namespace Waymark.Data.Entities;

/// <summary>
/// How a map's ideas are voted on: without a row (or with a null <see cref="Budget"/>) each person has one vote per
/// idea; with a budget, a dot-voting session in which each person places up to that many votes across the map's
/// ideas, several on one idea if they like. The row is also what a vote locks, so budgets hold under concurrency.
/// </summary>
public sealed class VoteSettingsEntity
{
    public string MapId { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public int? Budget { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
