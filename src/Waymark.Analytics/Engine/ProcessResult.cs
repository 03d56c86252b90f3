namespace Waymark.Analytics.Engine;

/// <summary>What <see cref="Analyze.Flow"/>, <see cref="Analyze.Variants"/> and <see cref="Analyze.Stats"/> give for the
/// same options, from one pass; <see cref="Stats"/> is null unless asked for.</summary>
public sealed record ProcessResult(FlowGraph Flow, VariantResult Variants, StatsResult? Stats);
