namespace Waymark.Render.Layout;

/// <summary>What a box in a cell shows; every one of them must stay whole on a page.</summary>
public enum CardKind
{
    Text,
    Note,
    Channel,
    PainPoint,
    Idea,
    MomentOfTruth,
    Kpi,
    Image,
    Owner,
    EmotionLabel,
}
