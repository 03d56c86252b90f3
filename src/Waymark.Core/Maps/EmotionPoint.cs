namespace Waymark.Core.Maps;

/// <summary>A point of the emotion curve: a score within the map's scale.</summary>
public sealed class EmotionPoint
{
    public int Score { get; set; }
    public string? Label { get; set; }

    /// <summary>Whose curve this point is on; null for the map's main curve.</summary>
    public string? PersonaId { get; set; }
}
