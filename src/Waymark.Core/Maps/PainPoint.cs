namespace Waymark.Core.Maps;

public sealed class PainPoint
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public PainImpact Impact { get; set; } = PainImpact.NeedsWorkaround;

    /// <summary>A feedback topic (a word or phrase) whose mentions measure this pain point's impact.</summary>
    public string? LinkedTopic { get; set; }

    /// <summary>An event activity whose customers measure this pain point's impact.</summary>
    public string? LinkedActivity { get; set; }

    /// <summary>Quotes, findings and figures this pain point rests on.</summary>
    public List<Citation> Citations { get; set; } = [];
}
