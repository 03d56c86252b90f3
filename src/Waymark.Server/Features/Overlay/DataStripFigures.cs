using System.Globalization;
using Waymark.Analytics.Feedback;
using Waymark.Render.Data;

namespace Waymark.Server.Features.Overlay;

/// <summary>
/// The export's data strip from the overlay's and the feedback's answers for a map, period and segment, so a figure
/// in a PDF is the figure the editor's data view shows. Used by the export route and by the CLI (from the same
/// routes' JSON); the renderer gets plain data and never calls the server.
/// </summary>
public static class DataStripFigures
{
    public static MapData Build(OverlayResult overlay, FeedbackFigures? feedback)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var series = overlay.Series[0];
        var scores = (feedback?.Steps ?? []).ToDictionary(s => s.StepId, StringComparer.Ordinal);
        var steps = new Dictionary<string, StepData>(StringComparer.Ordinal);
        foreach (var f in series.Steps)
        {
            var (label, value) = scores.TryGetValue(f.StepId, out var said) ? Headline(said) : (null, null);
            steps[f.StepId] = new StepData(f.Bound, f.InFunnel, f.InFunnel ? f.Customers : f.Visitors, f.ConversionToNext,
                f.DropOff, f.DropOffRate, f.MedianFromPrevious, label, value);
        }

        return new MapData(Period(overlay.From, overlay.To), series.Name, steps);
    }

    /// <summary>The score a step's feedback leads with, as the editor's strip does: NPS, else CSAT, else CES, else rating.</summary>
    public static (string? Label, string? Value) Headline(StepFeedback step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Nps is { Responses: > 0 } nps)
        {
            var n = (long)Math.Round(nps.Score, MidpointRounding.AwayFromZero);
            return ("NPS", n > 0 ? $"+{n.ToString(CultureInfo.InvariantCulture)}" : n < 0 ? $"−{Math.Abs(n).ToString(CultureInfo.InvariantCulture)}" : "0");
        }

        if (step.Csat is { Responses: > 0 } csat)
        {
            return ("CSAT", Math.Round(csat.Score * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%");
        }

        if (step.Ces is { Responses: > 0 } ces)
        {
            return ("CES", Mean(ces.Mean));
        }

        return step.Rating is { Responses: > 0 } rating ? ("Rating", Mean(rating.Mean) + "★") : (null, null);
    }

    /// <summary>The period in words: "All time", "1 Nov 2026 – 30 Nov 2026" (the exclusive end's day before), "Since …", "Until …".</summary>
    public static string Period(string? from, string? to)
    {
        var start = Instant(from);
        var end = Instant(to);
        var last = end is { } e ? (e.TimeOfDay == TimeSpan.Zero ? e.AddDays(-1) : e) : (DateTime?)null;
        return (start, last) switch
        {
            (null, null) => "All time",
            ({ } s, null) => $"Since {Day(s)}",
            (null, { } l) => $"Until {Day(l)}",
            ({ } s, { } l) => $"{Day(s)} – {Day(l)}",
        };
    }

    private static string Mean(double mean) => Math.Round(mean, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Day(DateTime day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static DateTime? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value.UtcDateTime
            : null;
}
