using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Votes;

/// <summary>
/// Votes on a map's ideas belong to people (docs/adr, "votes are people's"): reading them is open to viewers and to
/// the map's share-link guests; voting needs a commenter (a guest's comment link gives that); the voting mode, one
/// vote each or a dot-voting budget per person, is the editors' to set.
/// </summary>
public static class VotesEndpoints
{
    private const int MaxBudget = 100;

    public static RouteGroupBuilder MapVotes(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}").WithTags("Votes");
        group.MapGet("/votes", List).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("ListMapVotes")
            .WithSummary("The votes on a map's ideas: totals, who voted, the caller's own votes and the dot-voting budget.");
        group.MapGet("/ideas/{ideaId}/votes", Idea).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("ListIdeaVoters")
            .WithSummary("Who voted for one idea, most votes first.");
        group.MapPost("/ideas/{ideaId}/votes", Vote).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("VoteForIdea")
            .WithSummary("Places one of the caller's votes on an idea; answers the map's votes.").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/ideas/{ideaId}/votes", Unvote).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("UnvoteIdea")
            .WithSummary("Takes one of the caller's votes back from an idea; answers the map's votes.").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/voting", SetVoting).RequireRole(WorkspaceRole.Editor).WithName("SetMapVoting")
            .WithSummary("Sets how a map's ideas are voted on: one vote each, or a dot-voting budget per person.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/votes", Clear).RequireRole(WorkspaceRole.Editor).WithName("ClearMapVotes")
            .WithSummary("Takes every vote off a map's ideas, to start a new round.");
        return workspace;
    }

    public static async Task<Results<Ok<MapVotesDto>, ProblemHttpResult>> List(string workspaceId, string mapId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        return ideas is null ? Problems.NotFound("map", mapId) : TypedResults.Ok(await VoteQueries.MapAsync(db, mapId, ideas, http.Caller(), ct));
    }

    public static async Task<Results<Ok<IdeaVotesDto>, ProblemHttpResult>> Idea(string workspaceId, string mapId, string ideaId, HttpContext http,
        WaymarkDbContext db, CancellationToken ct)
    {
        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        if (ideas is null || !ideas.Contains(ideaId))
        {
            return Problems.NotFound(ideas is null ? "map" : "idea", ideas is null ? mapId : ideaId);
        }

        return TypedResults.Ok(VoteQueries.Idea(await VoteQueries.MapAsync(db, mapId, ideas, http.Caller(), ct), ideaId));
    }

    public static async Task<Results<Ok<MapVotesDto>, ProblemHttpResult>> Vote(string workspaceId, string mapId, string ideaId, HttpContext http,
        WaymarkDbContext db, CancellationToken ct)
    {
        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        if (ideas is null || !ideas.Contains(ideaId))
        {
            return Problems.NotFound(ideas is null ? "map" : "idea", ideas is null ? mapId : ideaId);
        }

        if (await VoteBook.VoteAsync(db, workspaceId, mapId, ideaId, http.Caller(), ideas, ct) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await VoteQueries.MapAsync(db, mapId, ideas, http.Caller(), ct));
    }

    public static async Task<Results<Ok<MapVotesDto>, ProblemHttpResult>> Unvote(string workspaceId, string mapId, string ideaId, HttpContext http,
        WaymarkDbContext db, CancellationToken ct)
    {
        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        if (ideas is null)
        {
            return Problems.NotFound("map", mapId);
        }

        if (await VoteBook.UnvoteAsync(db, mapId, ideaId, http.Caller(), ct) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await VoteQueries.MapAsync(db, mapId, ideas, http.Caller(), ct));
    }

    public static async Task<Results<Ok<MapVotesDto>, ValidationProblem, ProblemHttpResult>> SetVoting(string workspaceId, string mapId, VotingRequest request,
        HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        if (request.Budget is < 1 or > MaxBudget)
        {
            return Problems.Invalid("budget", $"a dot-voting budget is 1 to {MaxBudget} votes each, or null for one vote per idea");
        }

        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        if (ideas is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var caller = http.Caller();
        var settings = await db.VoteSettings.FirstOrDefaultAsync(s => s.MapId == mapId, ct);
        if (settings is null)
        {
            settings = new VoteSettingsEntity { MapId = mapId, WorkspaceId = workspaceId };
            db.VoteSettings.Add(settings);
        }

        settings.Budget = request.Budget;
        settings.UpdatedAt = DateTime.UtcNow;
        settings.UpdatedBy = caller.DisplayName;
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("map", mapId); // the map went, or another editor set it at the same moment: read again
        }

        return TypedResults.Ok(await VoteQueries.MapAsync(db, mapId, ideas, caller, ct));
    }

    public static async Task<Results<Ok<MapVotesDto>, ProblemHttpResult>> Clear(string workspaceId, string mapId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var ideas = await MapIdeas.LoadAsync(db, workspaceId, mapId, ct);
        if (ideas is null)
        {
            return Problems.NotFound("map", mapId);
        }

        await db.Votes.Where(v => v.MapId == mapId).ExecuteDeleteAsync(ct);
        return TypedResults.Ok(await VoteQueries.MapAsync(db, mapId, ideas, http.Caller(), ct));
    }
}
