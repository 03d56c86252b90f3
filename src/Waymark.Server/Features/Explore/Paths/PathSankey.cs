using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// The engine's paths as a Sankey whose every column adds up to the start's customers: a customer whose journey
/// stopped before a column is in that column's "ended" node (carried on to the last column), so no one leaves the
/// picture. Small post-processing of one <see cref="Analyze.Paths"/> result; nothing is counted again.
/// </summary>
public static class PathSankey
{
    public static PathSankeyDto Build(string key, string name, PathResult result, int depth, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(result);
        var start = (double)result.Journeys;
        var columns = new List<SankeyColumnDto>(depth);
        var links = new List<SankeyLinkDto>();
        var ids = new NodeIds(anchored, result.Towards);
        List<SankeyNodeDto> previous = [];
        for (var col = 0; col < depth && result.Journeys > 0; col++)
        {
            var nodes = result.Nodes.Where(n => n.Step == col).Select(n => new SankeyNodeDto(
                ids.Of(col, n.Activity), col, ids.KindOf(col, n.Activity), n.Activity, n.Journeys, Share(n.Journeys, start),
                col < depth - 1 ? n.DropOff : 0)).ToList();
            var ended = result.Journeys - nodes.Sum(n => n.Customers);
            if (col > 0 && ended > 0)
            {
                var endedId = ids.Of(col, null);
                nodes.Add(new SankeyNodeDto(endedId, col, SankeyNodeDto.Ended, ids.EndedLabel, ended, Share(ended, start), 0));
                links.AddRange(previous.Where(p => p.Kind == SankeyNodeDto.Ended || p.DropOff > 0).Select(p =>
                {
                    var moving = p.Kind == SankeyNodeDto.Ended ? p.Customers : p.DropOff;
                    return new SankeyLinkDto(p.Id, endedId, moving, Share(moving, start));
                }));
            }

            columns.Add(new SankeyColumnDto(col, nodes.Sum(n => n.Customers), nodes));
            previous = nodes;
        }

        links.AddRange(result.Edges.Where(e => e.FromStep + 1 < depth).Select(e => new SankeyLinkDto(
            ids.Of(e.FromStep, e.From), ids.Of(e.FromStep + 1, e.To), e.Journeys, Share(e.Journeys, start))));
        var paths = result.Paths.Select(p => new SankeyPathDto(
            [.. Enumerable.Range(0, depth).Select(col => ids.Of(col, col < p.Activities.Count ? p.Activities[col] : null))],
            p.Journeys, p.ShareOfStart)).ToList();
        return new PathSankeyDto(key, name, result.Journeys, columns, links, paths, result.PathCount);
    }

    private static double Share(long customers, double start) => start == 0 ? 0 : customers / start;

    /// <summary>Node ids unique per column: "2:a:Checkout", "2:other", "2:ended", "0:start".</summary>
    private readonly record struct NodeIds(bool Anchored, bool Backward)
    {
        public string EndedLabel => Backward ? "Journey began" : "Journey ended";

        public string KindOf(int col, string? activity) =>
            activity is null ? SankeyNodeDto.Ended
            : col == 0 && Anchored ? SankeyNodeDto.Start
            : activity == PathResult.Other ? SankeyNodeDto.Other
            : SankeyNodeDto.Activity;

        public string Of(int col, string? activity) => KindOf(col, activity) switch
        {
            SankeyNodeDto.Activity => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{col}:a:{activity}"),
            var kind => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{col}:{kind}"),
        };
    }
}
