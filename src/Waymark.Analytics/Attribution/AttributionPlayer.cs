namespace Waymark.Analytics.Attribution;

/// <summary>
/// A channel or touchpoint: its name (channel name or step id), touches (events, converting or not), converting
/// customers it touched before converting, credits, and its Markov removal effects (0..1; null when not computed).
/// </summary>
public sealed record AttributionPlayer(
    string Name,
    long Touches,
    long ConversionsTouched,
    AttributionCredits Credits,
    double? RemovalEffectFirstOrder,
    double? RemovalEffectSecondOrder);
