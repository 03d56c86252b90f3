using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Internals;
using Waymark.Core.Maps;
using static Waymark.Analytics.Insights.Internals.InsightContext;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// Shapes of the measured curve (steps with texts, in map order), thresholds as shares of the map scale's span:
/// a sawtooth is at least 4 consecutive points whose moves alternate up and down, each at least
/// <see cref="Swing"/>; a rapid drop is a fall of at least <see cref="Drop"/> between adjacent points; a trough
/// (peak) is a point below (above) both neighbours by at least <see cref="Swing"/>. Troughs, peaks and drops inside
/// a sawtooth are part of it and not listed again. Scores: the sawtooth's total movement, the drop, the prominence (in spans).
/// </summary>
internal static class CurvePatterns
{
    public const double Swing = 0.1;
    public const double Drop = 0.15;
    public const int SawtoothPoints = 4;

    public static IEnumerable<Finding> Find(InsightContext c)
    {
        var points = c.Figures.Curve.Where(p => p.Measured is not null).Select(p => new CurveValue(p.StepId, p.Measured!.Value)).ToList();
        var span = c.Span;
        var inSawtooth = new bool[points.Count];
        var found = new List<Finding>();
        foreach (var (start, end) in Sawtooths(points, Swing * span))
        {
            Array.Fill(inSawtooth, true, start, end - start + 1);
            found.Add(Sawtooth(c, points.GetRange(start, end - start + 1)));
        }

        for (var i = 0; i + 1 < points.Count; i++)
        {
            var fall = points[i].Measured - points[i + 1].Measured;
            if (fall >= Drop * span && !(inSawtooth[i] && inSawtooth[i + 1]))
            {
                found.Add(Make(c, "rapidDrop", points[i + 1].StepId, [points[i], points[i + 1]], fall / span,
                    $"Sentiment falls sharply from {c.Name(points[i].StepId)} to {c.Name(points[i + 1].StepId)}",
                    $"The measured curve drops {Number(fall)} on the map's {c.Scale.ToToken()} scale between these adjacent steps.", -1));
            }
        }

        for (var i = 1; i + 1 < points.Count; i++)
        {
            var (left, here, right) = (points[i - 1].Measured, points[i].Measured, points[i + 1].Measured);
            var trough = Math.Min(left - here, right - here);
            var peak = Math.Min(here - left, here - right);
            if (!inSawtooth[i] && trough >= Swing * span)
            {
                found.Add(Make(c, "trough", points[i].StepId, points.GetRange(i - 1, 3), trough / span,
                    $"Sentiment bottoms out at {c.Name(points[i].StepId)}", $"Customers feel worse here than at the steps on either side ({Number(here)} against {Number(left)} and {Number(right)}).", -1));
            }
            else if (!inSawtooth[i] && peak >= Swing * span)
            {
                found.Add(Make(c, "peak", points[i].StepId, points.GetRange(i - 1, 3), peak / span,
                    $"Sentiment peaks at {c.Name(points[i].StepId)}", $"Customers feel better here than at the steps on either side ({Number(here)} against {Number(left)} and {Number(right)}).", 1));
            }
        }

        return found;
    }

    /// <summary>Maximal runs [start, end] of points whose successive moves alternate in sign, each at least <paramref name="swing"/>.</summary>
    private static IEnumerable<(int Start, int End)> Sawtooths(List<CurveValue> points, double swing)
    {
        var start = 0;
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var move = points[i + 1].Measured - points[i].Measured;
            var ok = Math.Abs(move) >= swing && (i == start || Math.Sign(move) != Math.Sign(points[i].Measured - points[i - 1].Measured));
            if (!ok)
            {
                if (i - start + 1 >= SawtoothPoints)
                {
                    yield return (start, i);
                }

                start = Math.Abs(move) >= swing ? i : i + 1;
            }
        }

        if (points.Count - start >= SawtoothPoints)
        {
            yield return (start, points.Count - 1);
        }
    }

    private static Finding Sawtooth(InsightContext c, List<CurveValue> run)
    {
        var movement = 0.0;
        for (var i = 1; i < run.Count; i++)
        {
            movement += Math.Abs(run[i].Measured - run[i - 1].Measured);
        }

        var low = run.MinBy(p => p.Measured)!;
        return Make(c, "sawtooth", low.StepId, run, movement / c.Span,
            $"Sentiment swings up and down from {c.Name(run[0].StepId)} to {c.Name(run[^1].StepId)}",
            $"Across {run.Count} steps the measured curve alternates between better and worse moments, moving {Number(movement)} in all on the map's {c.Scale.ToToken()} scale; the low points are where to look.",
            -1, [.. run.Select(p => p.StepId)]);
    }

    private static Finding Make(InsightContext c, string pattern, string stepId, List<CurveValue> values, double score,
        string title, string detail, int direction, IReadOnlyList<string>? stepIds = null)
    {
        stepIds ??= [stepId];
        var quoteSteps = pattern == "sawtooth" ? values.Where((v, i) => IsLow(values, i)).Select(v => v.StepId).ToList() : [stepId];
        var items = quoteSteps.SelectMany(id => c.Set.ByStep[c.StepIndex(id)]).ToList();
        var quotes = Quotes.Pick(c.Set, items.Where(i => direction * c.PolarityOf(i) > 0), direction);
        return new Finding($"pattern-{pattern}-{stepId}", FindingKinds.Pattern, stepId, stepIds, title, detail,
            c.People(stepIds.SelectMany(id => c.Set.ByStep[c.StepIndex(id)])), null, Math.Round(score, 6),
            new FindingEvidence { Pattern = pattern, Values = [.. values.Select(v => v with { Measured = Math.Round(v.Measured, 4) })], Quotes = quotes });
    }

    private static bool IsLow(List<CurveValue> values, int i) =>
        (i == 0 || values[i].Measured < values[i - 1].Measured) && (i == values.Count - 1 || values[i].Measured < values[i + 1].Measured);
}
