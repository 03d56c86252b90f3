namespace Waymark.Core.Maps;

/// <summary>How badly a pain point hurts: a nuisance, something to work around, or a reason to give up.</summary>
public enum PainImpact
{
    Trivial,
    NeedsWorkaround,
    Abandons,
}
