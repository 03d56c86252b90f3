namespace Waymark.Core.Maps;

/// <summary>A measurable target of a map: from a baseline to a target value by a due date.</summary>
public sealed class KpiTarget
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public DateOnly? Due { get; set; }
}
