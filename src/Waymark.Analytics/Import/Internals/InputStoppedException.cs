namespace Waymark.Analytics.Import.Internals;

/// <summary>The input cannot be read further (a line over the cap, a truncated or corrupt gzip stream).</summary>
internal sealed class InputStoppedException(long line, long column, string reason) : Exception(reason)
{
    public long Line { get; } = line;

    public long Column { get; } = column;
}
