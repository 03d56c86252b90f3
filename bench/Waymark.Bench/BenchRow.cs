namespace Waymark.Bench;

/// <summary>One row of the comparison table.</summary>
public sealed record BenchRow(string Analysis, double WaymarkMs, double DuckDbMs, string Check);
