namespace Waymark.Bench;

/// <summary>One dataset's comparison, saved as JSON for the report.</summary>
public sealed record BenchResult(
    string Dataset,
    long Events,
    long Customers,
    int ColumnBytesPerEvent,
    double HeapBytesPerEvent,
    long WaymarkPeakBytes,
    long DuckDbPeakBytes,
    List<BenchRow> Rows);
