using System.Globalization;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A rule's own conditions, the same for live evaluation and the backtest: property and attribute filters (eq, neq,
/// contains, gt, lt, exists), and the feedback condition (score, sentiment by the map's polarity rule, intent, effort).
/// Which events stand for a step is not decided here: that is the map's binding rule (Analytics' StepMatcher).
/// </summary>
internal static class RuleMatch
{
    public static bool Holds(IReadOnlyList<RuleFilter>? filters, Func<string, string?> valueOf)
    {
        foreach (var f in filters ?? [])
        {
            if (!Holds(f, valueOf(f.Key!)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Holds(RuleFilter f, string? actual) => f.Op switch
    {
        "exists" => actual is not null,
        "eq" => actual is not null && string.Equals(actual, f.Value, StringComparison.Ordinal),
        "neq" => !string.Equals(actual, f.Value, StringComparison.Ordinal),
        "contains" => actual is not null && actual.Contains(f.Value ?? "", StringComparison.OrdinalIgnoreCase),
        "gt" => Number(actual) is { } a && Number(f.Value) is { } b && a > b,
        "lt" => Number(actual) is { } a && Number(f.Value) is { } b && a < b,
        _ => false,
    };

    /// <summary>Whether the feedback meets every condition given (none: any feedback).</summary>
    public static bool Holds(RuleFeedbackCondition? c, FeedbackItem item)
    {
        if (c is null)
        {
            return true;
        }

        if ((c.ScoreMin is not null || c.ScoreMax is not null) && !Between(item.Score, c.ScoreMin, c.ScoreMax))
        {
            return false;
        }

        if ((c.EffortMin is not null || c.EffortMax is not null) && !Between(item.ScoreType == ScoreType.Ces ? item.Score : null, c.EffortMin, c.EffortMax))
        {
            return false;
        }

        if (c.Sentiment is null && c.Intent is null)
        {
            return true;
        }

        var analysis = TextAnalyzer.Default.Analyze(item.Text);
        if (c.Sentiment is { } s && s != Polarity.Of(item, analysis) switch { < 0 => "negative", > 0 => "positive", _ => "neutral" })
        {
            return false;
        }

        return c.Intent is not { } intent || (Enum.TryParse<Intents>(intent, ignoreCase: true, out var wanted) && analysis.Intents.HasFlag(wanted));
    }

    private static bool Between(double? value, double? min, double? max) =>
        value is { } v && (min is null || v >= min) && (max is null || v <= max);

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
