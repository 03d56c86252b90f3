namespace Waymark.Analytics.Attribution;

/// <summary>
/// Credit for the map's outcome per player, side by side. <see cref="Conversions"/> = customers who reached the
/// outcome; those with no touch before it are <see cref="ConversionsWithoutTouch"/> and are credited to no player.
/// <see cref="OutcomeStepId"/> is the step whose reaching counts as converting (the overlay's; null: none bound).
/// <see cref="ShapleyError"/>: for sampled Shapley, the bound (4 standard errors) on any player's distance from the
/// exact value; 0 when exact.
/// </summary>
public sealed record AttributionResult(
    AttributionDimension By,
    string? OutcomeStepId,
    long Customers,
    long Conversions,
    long ConversionsWithoutTouch,
    long Touches,
    IReadOnlyList<AttributionPlayer> Players,
    int? MarkovFirstOrderStates,
    int? MarkovSecondOrderStates,
    int? ShapleyPermutations,
    double ShapleyError,
    IReadOnlyList<string> Notes);
