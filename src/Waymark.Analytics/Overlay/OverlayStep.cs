using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Overlay;

/// <summary>A map step as the overlay sees it: bound when it names at least one activity.</summary>
public sealed record OverlayStep(string Id, IReadOnlyList<string> Activities, IReadOnlyList<PropertyCondition> Conditions)
{
    public OverlayStep(string id, params string[] activities)
        : this(id, activities, [])
    {
    }

    public bool Bound => Activities.Count > 0;
}
