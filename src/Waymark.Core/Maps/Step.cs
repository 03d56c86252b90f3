namespace Waymark.Core.Maps;

/// <summary>One moment in a stage; a column of the map.</summary>
public sealed class Step
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Which activities in the event data this step stands for; null when unbound.</summary>
    public StepBinding? Binding { get; set; }
}
