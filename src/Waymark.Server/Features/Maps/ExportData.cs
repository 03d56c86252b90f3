using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Feedback;
using Waymark.Data;
using Waymark.Render.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.MapFeedback;
using Waymark.Server.Features.Overlay;

namespace Waymark.Server.Features.Maps;

/// <summary>
/// The figures of an export's data strip, computed by calling the overlay's and the feedback's own handlers (same
/// parsing, same segment filter, same engines, same analysis gate), so the export can never say another number than
/// the editor's data view. Who may ask is the export route's affair: it needs a viewer, as the overlay route does
/// for members; share guests do not reach the export route at all.
/// </summary>
internal sealed record ExportData(WaymarkDbContext Db, EventLogCache Logs, SourceAnalyses Analyses, FeedbackCache Feedback, AnalysisGate Gate)
{
    /// <summary>Whether the query asks for data (null when it does not), or the problem of a bad <c>data</c> value.</summary>
    public static (bool Wanted, ValidationProblem? Problem) Wanted(ExportQuery query)
    {
        if (query.Data is null || query.Data.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        return query.Data.Equals("true", StringComparison.OrdinalIgnoreCase)
            ? (true, null)
            : (false, Problems.Invalid("data", $"'{query.Data}' is not a switch; use true or false."));
    }

    public async Task<(MapData? Data, IResult? Problem)> ComputeAsync(string workspaceId, string mapId, ExportQuery query, CancellationToken ct)
    {
        var overlay = await OverlayEndpoints.Get(workspaceId, mapId, query.From, query.To, query.Segment, null, Db, Analyses, Gate, ct);
        if (overlay.Result is not Ok<OverlayResult> { Value: { } figures })
        {
            return (null, overlay.Result);
        }

        var said = await MapFeedbackEndpoints.Get(workspaceId, mapId, query.From, query.To, query.Segment, null, Db, Logs, Feedback, Gate, ct);
        if (said.Result is not Ok<FeedbackFigures> { Value: { } feedback })
        {
            return (null, said.Result);
        }

        return (DataStripFigures.Build(figures, feedback), null);
    }
}
