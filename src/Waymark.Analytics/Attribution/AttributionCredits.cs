namespace Waymark.Analytics.Attribution;

/// <summary>
/// One player's credit (in conversions) under each model. Over all players plus the conversions without a touch,
/// each model's credits add up to the conversions. Null: the model was not computed (see the result's notes).
/// </summary>
public sealed record AttributionCredits(
    double FirstTouch,
    double LastTouch,
    double Linear,
    double TimeDecay,
    double PositionBased,
    double? MarkovFirstOrder,
    double? MarkovSecondOrder,
    double? Shapley);
