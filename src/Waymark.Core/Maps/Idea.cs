namespace Waymark.Core.Maps;

/// <summary>An improvement idea with votes, desirability/feasibility/viability (1..5) and effort/impact.</summary>
public sealed class Idea
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public int Votes { get; set; }
    public int? Desirable { get; set; }
    public int? Feasible { get; set; }
    public int? Viable { get; set; }
    public Level? Effort { get; set; }
    public Level? Impact { get; set; }

    /// <summary>Quotes, findings and figures this idea rests on.</summary>
    public List<Citation> Citations { get; set; } = [];
}
