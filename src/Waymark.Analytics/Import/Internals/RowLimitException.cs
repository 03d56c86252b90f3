namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Thrown from the readers' progress report once the rows pass <see cref="ImportOptions.MaxRows"/>, so every reader
/// (sequential, parallel CSV, XES) stops where it is instead of reading the rest of a file that will be refused.
/// </summary>
internal sealed class RowLimitException(long rows) : Exception($"more than the row limit ({rows} rows read)")
{
    public long Rows { get; } = rows;
}
