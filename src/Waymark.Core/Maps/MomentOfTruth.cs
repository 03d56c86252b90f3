namespace Waymark.Core.Maps;

/// <summary>Marks a step as a moment of truth; the note says why it matters.</summary>
public sealed class MomentOfTruth
{
    public string? Note { get; set; }

    /// <summary>Quotes, findings and figures that show why this moment matters.</summary>
    public List<Citation> Citations { get; set; } = [];
}
