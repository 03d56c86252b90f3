using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Text;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Topics;

/// <summary>
/// The workspace's feedback topics and their curation: list them with counts, rename, hide, merge and split. The
/// curation applies wherever topics are shown (the feedback cache gives every view the curated topic index).
/// </summary>
public static class TopicsEndpoints
{
    public const int Listed = 60;

    public static RouteGroupBuilder MapTopics(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/topics").WithTags("Feedback");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListTopics")
            .WithSummary("The workspace's feedback topics, most mentioned first, with labels and merges applied, and the hidden ones.");
        group.MapPost("/rename", Rename).RequireRole(WorkspaceRole.Editor).WithName("RenameTopic")
            .WithSummary("Shows a topic under a label of the team's choosing (an empty label shows the phrase again).")
            .ProducesValidationProblem();
        group.MapPost("/hide", Hide).RequireRole(WorkspaceRole.Editor).WithName("HideTopic")
            .WithSummary("Hides a topic from every view, or shows it again.").ProducesValidationProblem();
        group.MapPost("/merge", Merge).RequireRole(WorkspaceRole.Editor).WithName("MergeTopics")
            .WithSummary("Merges topics into one: an item mentioning any of them counts once for it.").ProducesValidationProblem();
        group.MapPost("/split", Split).RequireRole(WorkspaceRole.Editor).WithName("SplitTopic")
            .WithSummary("Undoes a merge: the phrases merged into a topic become topics of their own again.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    /// <param name="search">Only the topics whose phrase or label contains this text, most mentioned first.</param>
    public static async Task<Ok<TopicsDto>> List(string workspaceId, string? search, WaymarkDbContext db, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        var snapshot = await feedback.GetAsync(workspaceId, ct);
        var rules = await TopicRules.ReadAsync(db, workspaceId, ct);
        var index = snapshot.Topics;
        var all = Enumerable.Range(0, index.Count).ToArray();
        var searching = !string.IsNullOrWhiteSpace(search);
        var top = await gate.RunAsync(_ => searching ? index.Search(search!, Listed) : index.Top(all, Listed, quotes: 0), ct);
        var topics = top.Select(t => new TopicDto(t.Phrase, t.Label, t.Count, Merged(rules, t.Phrase))).ToList();
        // A topic the team curated stays listed even when rarer than the most mentioned ones.
        foreach (var rule in rules.Where(r => r.MergedInto is null && !r.Hidden && !searching))
        {
            var id = index.Find(rule.Phrase);
            if (id >= 0 && !topics.Exists(t => t.Phrase == index.PhraseOf(id)) && index.CountOf(id) > 0)
                topics.Add(new TopicDto(index.PhraseOf(id), index.LabelOf(id), index.CountOf(id), Merged(rules, index.PhraseOf(id))));
        }
        var hidden = rules.Where(r => r.Hidden).Select(r => new HiddenTopicDto(r.Phrase, string.IsNullOrWhiteSpace(r.Label) ? r.Phrase : r.Label)).ToList();
        return TypedResults.Ok(new TopicsDto(index.Count, topics, hidden));
    }

    public static async Task<Results<NoContent, ValidationProblem>> Rename(string workspaceId, RenameTopicRequest request, HttpContext http,
        WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (phrase, problem) = TopicCurator.Phrase(request.Phrase, "phrase");
        if (phrase is null)
            return Bad(problem!);
        if (request.Label is { Length: > TopicCurator.MaxLabel })
            return Bad("label", $"must be at most {TopicCurator.MaxLabel} characters");
        var curator = await CuratorAsync(db, workspaceId, http, ct);
        curator.Rename(phrase, request.Label);
        await db.SaveChangesAsync(ct);
        var label = string.IsNullOrWhiteSpace(request.Label) ? phrase : request.Label.Trim();
        await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "topic.renamed", phrase, $"“{phrase}” shown as “{label}”"), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> Hide(string workspaceId, HideTopicRequest request, HttpContext http,
        WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (phrase, problem) = TopicCurator.Phrase(request.Phrase, "phrase");
        if (phrase is null)
            return Bad(problem!);
        var curator = await CuratorAsync(db, workspaceId, http, ct);
        curator.Hide(phrase, request.Hidden);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, request.Hidden ? "topic.hidden" : "topic.shown", phrase), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> Merge(string workspaceId, MergeTopicsRequest request, HttpContext http,
        WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var phrases = new List<string>();
        foreach (var (text, i) in (request.Phrases ?? []).Select((p, i) => (p, i)))
        {
            var (phrase, problem) = TopicCurator.Phrase(text, $"phrases[{i}]");
            if (phrase is null)
                return Bad(problem!);
            if (!phrases.Contains(phrase))
                phrases.Add(phrase);
        }
        if (phrases.Count is < 2 or > TopicCurator.MaxMerge)
            return Bad("phrases", $"must name 2 to {TopicCurator.MaxMerge} different topics");
        var into = request.Into is null ? phrases[0] : TopicIndex.Normalize(request.Into);
        if (into is null || !phrases.Contains(into))
            return Bad("into", "must be one of the topics merged");
        if (request.Label is { Length: > TopicCurator.MaxLabel })
            return Bad("label", $"must be at most {TopicCurator.MaxLabel} characters");
        var curator = await CuratorAsync(db, workspaceId, http, ct);
        curator.Merge(phrases, into, request.Label);
        await db.SaveChangesAsync(ct);
        var merged = string.Join(", ", phrases.Where(p => p != into).Select(p => $"“{p}”"));
        await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "topic.merged", into, $"{merged} merged into “{into}”"), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Split(string workspaceId, SplitTopicRequest request, HttpContext http,
        WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (phrase, problem) = TopicCurator.Phrase(request.Phrase, "phrase");
        if (phrase is null)
            return Bad(problem!);
        var curator = await CuratorAsync(db, workspaceId, http, ct);
        var members = curator.Split(phrase);
        if (members.Count == 0)
            return Problems.NotFound("merged topic", phrase);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "topic.split", phrase,
            $"{string.Join(", ", members.Select(p => $"“{p}”"))} split from “{phrase}”"), ct);
        return TypedResults.NoContent();
    }

    private static ValidationProblem Bad(MapProblem problem) => Problems.Invalid([problem], "The topics could not be changed");

    private static ValidationProblem Bad(string path, string message) => Bad(new MapProblem(path, message));

    private static IReadOnlyList<string> Merged(IReadOnlyList<TopicRule> rules, string phrase) =>
        [.. rules.Where(r => r.MergedInto == phrase).Select(r => r.Phrase)];

    private static async Task<TopicCurator> CuratorAsync(WaymarkDbContext db, string workspaceId, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var curator = new TopicCurator(db, workspaceId, caller.UserId ?? caller.DisplayName);
        await curator.LoadAsync(ct);
        return curator;
    }
}
