using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Cell parts by the property names files use, for messages such as "it holds text, cards".</summary>
internal static class CellParts
{
    public static string PropertyName(CellPart part) => part switch
    {
        CellPart.Text => "text",
        CellPart.Cards => "cards",
        CellPart.Channels => "channels",
        CellPart.Emotions => "emotions",
        CellPart.PainPoints => "painPoints",
        CellPart.Ideas => "ideas",
        CellPart.MomentOfTruth => "momentOfTruth",
        CellPart.Kpis => "kpis",
        CellPart.Image => "image",
        CellPart.Owner => "owner",
        _ => "nothing",
    };

    public static IEnumerable<CellPart> Each(CellPart parts)
    {
        foreach (var part in Enum.GetValues<CellPart>())
        {
            if (part != CellPart.None && parts.HasFlag(part))
            {
                yield return part;
            }
        }
    }

    public static string Describe(CellPart parts) => string.Join(", ", Each(parts).Select(PropertyName));
}
