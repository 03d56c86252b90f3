namespace Waymark.Core.Maps;

/// <summary>What a map is about and who answers for it.</summary>
public sealed class MapScope
{
    /// <summary>The longest review interval: ten years.</summary>
    public const int MaxReviewEveryDays = 3650;

    /// <summary>The goal statement: what the customer is trying to get done.</summary>
    public string? Goal { get; set; }
    public string? Scenario { get; set; }
    public string? Segment { get; set; }

    /// <summary>Channels in scope (see <see cref="Channels"/>).</summary>
    public List<string> Channels { get; set; } = [];
    public List<KpiTarget> KpiTargets { get; set; } = [];
    public string? Owner { get; set; }

    /// <summary>When the map should be reviewed again; past this date the map is flagged as stale.</summary>
    public DateOnly? ReviewBy { get; set; }

    /// <summary>The workspace member (user id) who answers for the map: told when the review is due.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Days between reviews: marking the map reviewed moves <see cref="ReviewBy"/> on by this many.</summary>
    public int? ReviewEveryDays { get; set; }

    /// <summary>When the map was last marked reviewed, and by whom (the name shown then).</summary>
    public DateOnly? ReviewedOn { get; set; }
    public string? ReviewedBy { get; set; }
}
