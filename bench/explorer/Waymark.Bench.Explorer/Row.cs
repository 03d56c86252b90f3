namespace Waymark.Bench.Explorer;

/// <summary>One query's figures: sorted times in ms of Waymark (through HTTP) and of FTS5 (in process), and whether both found the same items.</summary>
internal sealed record Row(string Name, string Query, int Total, double[] Waymark, double[] Fts5, bool Equal)
{
    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
