namespace Waymark.Analytics.Events;

/// <summary>
/// Gives the memory of a large read back to the machine once its log is built (ADR 073). Reading a source leaves
/// garbage of the log's order of size (the input columns, grown by doubling, and a customer column when the rows are
/// not grouped by customer). A full collection frees it, but the GC keeps the freed space committed for later
/// allocations, and a server that reads a source once and then only answers questions may not collect its oldest
/// generation for a long time: measured at 2M-10M events, the process stayed ~10 B/event above its log.
/// </summary>
public static class LogMemory
{
    /// <summary>Rows an update must have read before its memory is given back: below it the pause is not worth it.</summary>
    public const long ReleaseAfterRows = 1_000_000;

    /// <summary>
    /// After an update that read at least <see cref="ReleaseAfterRows"/> rows: one blocking, compacting collection of
    /// every generation that also gives free memory back to the operating system (<see cref="GCCollectionMode.Aggressive"/>).
    /// Its pause is a copy of the live heap at most, once per large read, beside a read that took far longer.
    /// Returns whether it collected.
    /// </summary>
    public static bool ReleaseAfterRead(long rowsRead)
    {
        if (rowsRead < ReleaseAfterRows)
        {
            return false;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
