namespace Waymark.Core.Maps;

/// <summary>An event property that must equal a value.</summary>
public sealed class PropertyFilter
{
    public string Property { get; set; } = "";
    public string Value { get; set; } = "";
}
