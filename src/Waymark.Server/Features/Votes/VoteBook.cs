using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Votes;

/// <summary>
/// Places and takes back votes. Each change runs in a transaction that first locks the map's voting settings row (on
/// SQLite the transaction holds the write lock from its start), so two votes of one person in a dot-voting session
/// cannot both see one vote left; with one vote each, the votes table's key refuses a second row for the same person.
/// </summary>
internal static class VoteBook
{
    public static async Task<ProblemHttpResult?> VoteAsync(WaymarkDbContext db, string workspaceId, string mapId, string ideaId,
        Caller caller, HashSet<string> ideas, CancellationToken ct)
    {
        var voter = Voters.IdOf(caller);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var budget = await LockBudgetAsync(db, mapId, ct);
        var mine = await db.Votes.Where(v => v.MapId == mapId && v.VoterId == voter).ToListAsync(ct);
        var row = mine.FirstOrDefault(v => v.IdeaId == ideaId);
        if (budget is null && row is not null)
        {
            return VoteProblems.AlreadyVoted();
        }

        if (budget is { } b && mine.Where(v => ideas.Contains(v.IdeaId)).Sum(v => v.Count) >= b)
        {
            return VoteProblems.NoVotesLeft(b);
        }

        if (row is null)
        {
            db.Votes.Add(new VoteEntity { WorkspaceId = workspaceId, MapId = mapId, IdeaId = ideaId, VoterId = voter, VoterName = caller.DisplayName, Count = 1, UpdatedAt = DateTime.UtcNow });
        }
        else
        {
            row.Count++;
            row.VoterName = caller.DisplayName;
            row.UpdatedAt = DateTime.UtcNow;
        }

        return await CommitAsync(db, tx, ct) ? null : VoteProblems.AlreadyVoted();
    }

    public static async Task<ProblemHttpResult?> UnvoteAsync(WaymarkDbContext db, string mapId, string ideaId, Caller caller, CancellationToken ct)
    {
        var voter = Voters.IdOf(caller);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockBudgetAsync(db, mapId, ct);
        var row = await db.Votes.FirstOrDefaultAsync(v => v.MapId == mapId && v.IdeaId == ideaId && v.VoterId == voter, ct);
        if (row is null)
        {
            return VoteProblems.NoVote();
        }

        if (row.Count <= 1)
        {
            db.Votes.Remove(row);
        }
        else
        {
            row.Count--;
            row.UpdatedAt = DateTime.UtcNow;
        }

        return await CommitAsync(db, tx, ct) ? null : VoteProblems.NoVote();
    }

    /// <summary>Locks the map's settings row (when there is one) until the transaction ends, and answers its budget.</summary>
    private static async Task<int?> LockBudgetAsync(WaymarkDbContext db, string mapId, CancellationToken ct)
    {
        await db.VoteSettings.Where(s => s.MapId == mapId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Budget, x => x.Budget), ct);
        return await db.VoteSettings.Where(s => s.MapId == mapId).Select(s => s.Budget).FirstOrDefaultAsync(ct);
    }

    /// <summary>False when a concurrent request of the same person won (the same row, or the map went).</summary>
    private static async Task<bool> CommitAsync(WaymarkDbContext db, IDbContextTransaction tx, CancellationToken ct)
    {
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return false;
        }

        await tx.CommitAsync(ct);
        return true;
    }
}
