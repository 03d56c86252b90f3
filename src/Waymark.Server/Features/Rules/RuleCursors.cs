using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// The evaluator's cursors. A batch's writes and its cursor commit together; the cursor moves only from the value the
/// batch was read at, so two processes evaluating one stream at once commit one batch (the other rolls back and
/// reads again), and a process killed before its commit leaves the cursor where the batch started.
/// </summary>
internal static class RuleCursors
{
    public static string Events(string workspaceId, string sourceId) => $"e\n{workspaceId}\n{sourceId}";

    public static string Feedback(string workspaceId) => $"f\n{workspaceId}";

    public static Task<long?> ReadAsync(WaymarkDbContext db, string stream, CancellationToken ct) =>
        db.RuleCursors.AsNoTracking().Where(c => c.Stream == stream).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(ct);

    /// <summary>Writes the batch's <paramref name="rows"/>, saves what the context tracks and moves the cursor from <paramref name="from"/> to <paramref name="to"/>, in one transaction; false when another process moved it first.</summary>
    public static async Task<bool> CommitAsync(WaymarkDbContext db, RuleWrites rows, string workspaceId, string stream, long? from, long to, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db.Database, ct); // in turn with ingestion and the dispatcher, not by SQLite's retries
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var now = DateTime.UtcNow;
            if (from is null)
            {
                db.RuleCursors.Add(new RuleCursorEntity { Stream = stream, WorkspaceId = workspaceId, Sequence = to, UpdatedAt = now });
            }
            else if (await db.RuleCursors.Where(c => c.Stream == stream && c.Sequence == from)
                         .ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, to).SetProperty(c => c.UpdatedAt, now), ct) == 0)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return false;
            }

            await rows.WriteAsync(db, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
