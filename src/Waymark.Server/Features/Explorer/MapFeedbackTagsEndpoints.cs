using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Feedback;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// Tags on a map's steps: for each step, the tags its feedback carries with counts and quotes. The items are the
/// ones the map's feedback counts (the period and segment, placed by the map's own placement), so a tag's count on a
/// step is what the explorer shows for that tag, step and period.
/// </summary>
public static class MapFeedbackTagsEndpoints
{
    private const int QuotesPerTag = 3;
    private const int QuoteLength = 300;

    public static RouteGroupBuilder MapStepFeedbackTags(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/feedback/tags", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Feedback")
            .WithName("GetMapFeedbackTags").WithSummary("The feedback tags on each of a map's steps, with counts and quotes, for a time range and segment.");
        return workspace;
    }

    public static async Task<Results<Ok<StepTagsDto[]>, ValidationProblem, ProblemHttpResult>> Get(string workspaceId, string mapId,
        string? from, string? to, string? segment, string? window, WaymarkDbContext db, ExplorerResolver resolver, CancellationToken ct)
    {
        var (request, problems) = ExplorerQueryReader.Read(new ExplorerQuery { Map = mapId, From = from, To = to, Segment = segment, Window = window });
        if (request is null)
            return Problems.Invalid(problems, "The query is not valid");
        var (scope, missing) = await resolver.ResolveAsync(workspaceId, request, ct);
        if (scope is null)
            return missing!;
        var names = await db.FeedbackTags.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var counted = scope.Snapshot.Explorer.Run(scope.Filter, limit: 0).Matched;
        var steps = new List<StepTagsDto>();
        for (var s = 0; s < scope.StepIds.Count; s++)
        {
            var tags = new List<StepTagDto>();
            foreach (var (tagId, items) in scope.Tags)
            {
                var here = items.Items().Where(i => counted.Contains(i) && scope.Placements![i].Step == s).ToList();
                if (here.Count > 0 && names.TryGetValue(tagId, out var name))
                    tags.Add(new StepTagDto(tagId, name, here.Count, Quotes(scope.Snapshot, here)));
            }

            if (tags.Count > 0)
                steps.Add(new StepTagsDto(scope.StepIds[s], [.. tags.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]));
        }

        return TypedResults.Ok(steps.ToArray());
    }

    private static List<FeedbackQuote> Quotes(FeedbackSnapshot snapshot, List<int> items) =>
        [.. items.Where(i => !string.IsNullOrWhiteSpace(snapshot.Items[i].Text))
            .OrderBy(i => snapshot.Items[i].Text!.Length is >= 30 and <= 200 ? 0 : 1).ThenBy(i => snapshot.Items[i].Text!.Length).ThenBy(i => i)
            .Take(QuotesPerTag).Select(i => Quote(snapshot, i))];

    private static FeedbackQuote Quote(FeedbackSnapshot snapshot, int i)
    {
        var item = snapshot.Items[i];
        var text = item.Text!.Trim();
        text = text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength).TrimEnd(), "…");
        return new FeedbackQuote(item.Id, text, Math.Round(snapshot.Analyses[i].Sentiment, 4), FeedbackNames.Of(item.Source),
            FeedbackNames.Of(item.ScoreType), item.Score, item.CustomerId);
    }
}
