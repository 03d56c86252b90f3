namespace Waymark.Core.Maps;

/// <summary>
/// What a lane holds at a step. Which parts may be filled depends on the lane's kind (<see cref="LaneRules"/>);
/// empty parts are left out of files.
/// </summary>
public sealed class Cell
{
    public string? Text { get; set; }
    public List<Card> Cards { get; set; } = [];

    /// <summary>Channel ids (see <see cref="Channels"/>).</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Emotion points: one per persona at most (a null persona is the map's main curve).</summary>
    public List<EmotionPoint> Emotions { get; set; } = [];
    public List<PainPoint> PainPoints { get; set; } = [];
    public List<Idea> Ideas { get; set; } = [];
    public MomentOfTruth? MomentOfTruth { get; set; }
    public List<KpiCell> Kpis { get; set; } = [];
    public ImageRef? Image { get; set; }

    /// <summary>The team that owns this touchpoint or step.</summary>
    public string? Owner { get; set; }

    public bool IsEmpty =>
        Text is null && Cards.Count == 0 && Channels.Count == 0 && Emotions.Count == 0 && PainPoints.Count == 0 &&
        Ideas.Count == 0 && MomentOfTruth is null && Kpis.Count == 0 && Image is null && Owner is null;
}
