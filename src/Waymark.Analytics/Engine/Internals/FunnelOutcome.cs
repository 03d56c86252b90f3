namespace Waymark.Analytics.Engine.Internals;

/// <summary>The outcome of matching one customer: none, excluded, or the best attempt's reach.</summary>
internal enum FunnelOutcome
{
    None,
    Excluded,
    Matched,
}
