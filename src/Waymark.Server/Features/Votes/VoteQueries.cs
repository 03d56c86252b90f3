using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Votes;

/// <summary>The votes on a map's ideas as the caller sees them: totals, voters, their own votes and what is left.</summary>
internal static class VoteQueries
{
    public static async Task<MapVotesDto> MapAsync(WaymarkDbContext db, string mapId, HashSet<string> ideas, Caller caller, CancellationToken ct)
    {
        var voter = caller.UserId ?? (caller.GuestId is { } g ? Voters.GuestPrefix + g : null);
        var budget = await db.VoteSettings.AsNoTracking().Where(s => s.MapId == mapId).Select(s => s.Budget).FirstOrDefaultAsync(ct);
        var rows = await db.Votes.AsNoTracking().Where(v => v.MapId == mapId).ToListAsync(ct);
        var live = rows.Where(v => ideas.Contains(v.IdeaId)).ToList();
        var perIdea = live.GroupBy(v => v.IdeaId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new IdeaVotesDto(
            g.Key, g.Sum(v => v.Count), g.Where(v => v.VoterId == voter).Sum(v => v.Count),
            g.OrderByDescending(v => v.Count).ThenBy(v => v.VoterName, StringComparer.Ordinal)
                .Select(v => new VoterDto(v.VoterName, v.Count, v.VoterId.StartsWith(Voters.GuestPrefix, StringComparison.Ordinal), v.VoterId == voter))
                .ToArray()))
            .ToArray();
        var used = live.Where(v => v.VoterId == voter).Sum(v => v.Count);
        return new MapVotesDto(mapId, budget, used, caller.Has(WorkspaceRole.Commenter) && voter is not null, perIdea);
    }

    public static IdeaVotesDto Idea(MapVotesDto map, string ideaId) =>
        map.Ideas.FirstOrDefault(i => i.IdeaId == ideaId) ?? new IdeaVotesDto(ideaId, 0, 0, []);
}
