namespace Waymark.Analytics.Engine;

/// <summary>
/// Which events count as one thing (a map step's binding): an event of any of <see cref="Activities"/> on which every
/// one of <see cref="Conditions"/> holds (none: any event of the activities).
/// </summary>
public sealed record EventMatch(IReadOnlyList<string> Activities, IReadOnlyList<PropertyCondition> Conditions)
{
    public static EventMatch Of(params string[] activities) => new(activities, []);
}
