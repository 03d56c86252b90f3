namespace Waymark.Server.Features.Rules;

/// <summary>
/// Which feedback fires a feedback rule: a score between <see cref="ScoreMin"/> and <see cref="ScoreMax"/>, a
/// sentiment (negative, neutral, positive: the map's polarity rule), an intent the text shows (cancel, switch, refund,
/// complaint, praise, question), an effort (CES score) between the bounds. Every condition given must hold.
/// </summary>
public sealed record RuleFeedbackCondition
{
    public double? ScoreMin { get; init; }

    public double? ScoreMax { get; init; }

    public string? Sentiment { get; init; }

    public string? Intent { get; init; }

    public double? EffortMin { get; init; }

    public double? EffortMax { get; init; }
}
