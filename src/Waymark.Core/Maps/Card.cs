namespace Waymark.Core.Maps;

/// <summary>A sticky-note style card with a colour and tags.</summary>
public sealed class Card
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>One of <see cref="CardColors.All"/>.</summary>
    public string? Color { get; set; }
    public List<string> Tags { get; set; } = [];
}
