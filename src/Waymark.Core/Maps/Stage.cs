namespace Waymark.Core.Maps;

/// <summary>A phase of the journey (Awareness, Consideration, ...) with the customer's goal in it.</summary>
public sealed class Stage
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Goal { get; set; }
    public List<Step> Steps { get; set; } = [];
}
