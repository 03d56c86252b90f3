namespace Waymark.Core.Maps;

/// <summary>Marks a step as a moment of truth; the note says why it matters.</summary>
public sealed class MomentOfTruth
{
    public string? Note { get; set; }
}
