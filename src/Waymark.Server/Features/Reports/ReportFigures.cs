using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Insights;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Render.Report;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Insights;
using Waymark.Server.Features.MapFeedback;
using Waymark.Server.Features.Overlay;

namespace Waymark.Server.Features.Reports;

/// <summary>
/// The measured side of a report, taken from the very handlers of the overlay, step feedback and insights routes for
/// the same period and segment, so the report's funnel, curve and findings are the figures the editor shows. A bad
/// period or an unknown segment answers as those routes do; a map without bindings or a caller without the data view
/// gets a note instead.
/// </summary>
internal sealed record ReportFigures(WaymarkDbContext Db, EventLogCache Logs, SourceAnalyses Analyses, FeedbackCache Feedback, AnalysisGate Gate)
{
    public async Task<Loaded> LoadAsync(string workspaceId, string mapId, JourneyMap map, ReportQuery q, Caller caller, CancellationToken ct)
    {
        if (caller.Kind == CallerKind.ShareGuest && !caller.SeesMapData)
        {
            return new Loaded(null, "Figures are not part of this share link: the link does not include the map's data view.", null);
        }

        if (!map.AllSteps().Any(s => s.Binding is { Activities.Count: > 0 }))
        {
            return new Loaded(null, "No data bound: no step of this map is bound to customer events yet.", null);
        }

        var overlay = await OverlayEndpoints.Get(workspaceId, mapId, q.From, q.To, q.Segment, null, Db, Analyses, Gate, ct);
        if (overlay.Result is not Ok<OverlayResult> { Value: { } figures })
        {
            return Refused(overlay.Result);
        }

        var steps = await MapFeedbackEndpoints.Get(workspaceId, mapId, q.From, q.To, q.Segment, null, Db, Logs, Feedback, Gate, ct);
        var insights = await InsightsEndpoints.Get(workspaceId, mapId, q.From, q.To, q.Segment, null, Db, Logs, Feedback, Gate, ct);
        var placed = (steps.Result as Ok<FeedbackFigures>)?.Value;
        var found = (insights.Result as Ok<InsightsResult>)?.Value;
        var series = figures.Series[0];
        var period = Period(q) + " \u00B7 " + series.Name;
        if (series.Entrants == 0 && (placed?.Placed ?? 0) == 0)
        {
            return new Loaded(null, "No data for " + period + ": no customer events or feedback reach this map's bound steps.", null);
        }

        return new Loaded(Data(period, series, placed, found), "", null);
    }

    private static ReportData Data(string period, OverlaySeries series, FeedbackFigures? placed, InsightsResult? found) =>
        new(period, series.Entrants, series.Outcome.Customers, series.Outcome.Conversion,
            [.. series.Steps.Where(s => s.InFunnel).Select(s => new ReportFunnelStep(s.StepId, s.Customers, s.ShareOfEntrants, s.ConversionToNext, s.DropOff,
                s.DropOffRate, s.MedianFromPrevious))],
            [.. (placed?.Curve ?? []).Select(p => new ReportCurvePoint(p.StepId, p.Measured, p.Texts))],
            [.. (found?.Findings ?? []).Select(f => new ReportFinding(f.Kind, f.StepId, f.Title, f.Detail, f.CustomersAffected, f.OutcomesLost,
                [.. f.Evidence.Quotes.Select(Quote)]))])
        {
            FeedbackPlaced = placed?.Placed ?? 0,
        };

    private static ReportQuote Quote(FeedbackQuote q) => new(q.Text,
        q.ScoreType is { } type && q.Score is { } score ? q.Source + ", " + type + " " + score.ToString("0.#", CultureInfo.InvariantCulture) : q.Source);

    private static Loaded Refused(IResult result) => result switch
    {
        ValidationProblem invalid => new Loaded(null, "", invalid),
        ProblemHttpResult { StatusCode: StatusCodes.Status404NotFound } missing => new Loaded(null, "", missing),
        ProblemHttpResult other => new Loaded(null, "No figures: " + (other.ProblemDetails.Detail ?? other.ProblemDetails.Title ?? "the map could not be analysed."), null),
        _ => new Loaded(null, "No figures: the map could not be analysed.", null),
    };

    private static string Period(ReportQuery q)
    {
        var (from, to, _) = TimeRangeQuery.Parse(q.From, q.To);
        static string Day(DateTimeOffset d) => d.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return (from, to) switch
        {
            (null, null) => "All time",
            ({ } f, null) => "Since " + Day(f),
            (null, { } t) => "Until " + Day(t),
            ({ } f, { } t) => Day(f) + " \u2013 " + Day(t),
        };
    }

    /// <summary>The figures, or the note saying why there are none, or the problem to answer with.</summary>
    internal sealed record Loaded(ReportData? Data, string Note, Microsoft.AspNetCore.Http.IResult? Problem);
}
