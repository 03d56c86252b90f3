namespace Waymark.Core.Maps;

public sealed class PainPoint
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public PainImpact Impact { get; set; } = PainImpact.NeedsWorkaround;
}
