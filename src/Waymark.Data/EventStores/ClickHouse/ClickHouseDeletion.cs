using System.Globalization;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// Deletes rows as ClickHouse can: an ALTER TABLE ... DELETE mutation, which 18.16 runs in the background (it has no
/// mutations_sync), so this waits until system.mutations says every mutation of the tables is done. Only then does
/// the delete return, and no read can see the rows any more (ADR 065). On a cluster a Distributed table takes no
/// mutation: each server is told to delete from its local table (with replication every replica gets the statement; a
/// replica that already has the mutation from another does the work once more, harmlessly) and each is waited for.
/// </summary>
internal static class ClickHouseDeletion
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    /// <summary>Deletes the rows matching <paramref name="where"/> from every table and returns once they are gone.</summary>
    public static async Task DeleteAsync(ClickHouseHttp http, ClickHouseOptions options, IReadOnlyList<string> tables, string where, CancellationToken ct)
    {
        if (!options.IsCluster)
        {
            await DeleteOnAsync(http, tables, where, ct).ConfigureAwait(false);
            return;
        }

        var locals = tables.Select(t => t + "_local").ToList();
        foreach (var server in options.Servers)
        {
            using var one = new ClickHouseHttp(options, server);
            await DeleteOnAsync(one, locals, where, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="delete"/> holding the gates of the given sequences, so no append of theirs is half way, and
    /// leaves each unknown: the next append reads the (now lower) highest sequence again.
    /// </summary>
    public static async Task HoldingAsync(IReadOnlyList<SourceSequence> sequences, Func<Task> delete, CancellationToken ct)
    {
        var held = 0;
        try
        {
            for (; held < sequences.Count; held++)
            {
                await sequences[held].Gate.WaitAsync(ct).ConfigureAwait(false);
            }

            await delete().ConfigureAwait(false);
        }
        finally
        {
            for (var i = 0; i < held; i++)
            {
                sequences[i].Known = false;
                sequences[i].Gate.Release();
            }
        }
    }

    private static async Task DeleteOnAsync(ClickHouseHttp http, IReadOnlyList<string> tables, string where, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await http.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE {where}", ct).ConfigureAwait(false);
        }

        var names = string.Join(", ", tables.Select(ClickHouseText.Literal));
        var pending = $"SELECT count() FROM system.mutations WHERE database = {ClickHouseText.Literal(http.Database)} AND table IN ({names}) AND is_done = 0";
        var wait = FirstPoll;
        while (long.Parse(await http.ScalarAsync(pending, ct).ConfigureAwait(false) ?? "0", CultureInfo.InvariantCulture) > 0)
        {
            await Task.Delay(wait, ct).ConfigureAwait(false);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestPoll.Ticks));
        }
    }
}
