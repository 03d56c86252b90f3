namespace Waymark.Core.Maps;

/// <summary>A metric watched at a step.</summary>
public sealed class KpiCell
{
    public string Metric { get; set; } = "";
    public decimal? Target { get; set; }
    public string? Unit { get; set; }
}
