namespace Waymark.Core.Maps;

/// <summary>The activities (and an optional property filter) a step stands for in the event data.</summary>
public sealed class StepBinding
{
    public List<string> Activities { get; set; } = [];

    /// <summary>All filters must hold (property equals value).</summary>
    public List<PropertyFilter> Filter { get; set; } = [];

    /// <summary>
    /// Words or phrases that place feedback on this step when nothing else does (whole word, case-insensitive):
    /// aliases such as "invoice" or "csv import" for a step customers describe in their own words.
    /// </summary>
    public List<string> Keywords { get; set; } = [];
}
