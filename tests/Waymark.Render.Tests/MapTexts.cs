using System.Globalization;
using System.Text;
using Waymark.Core.Maps;
using Waymark.Render.Formats;

namespace Waymark.Render.Tests;

/// <summary>What a reader must find in an export: every stage and step name and every text of every cell.</summary>
internal static class MapTexts
{
    public static IEnumerable<string> StepTitles(JourneyMap map) => map.AllSteps().Select(s => s.Name);

    public static IEnumerable<string> CellTexts(JourneyMap map)
    {
        foreach (var lane in map.Lanes)
        {
            foreach (var cell in lane.Cells.Values)
            {
                foreach (var item in CellItems.Of(cell, map))
                {
                    if (item.Text.Length > 0)
                    {
                        yield return item.Text;
                    }
                }
            }
        }
    }

    /// <summary>Text without any white space, with compatibility forms folded (ligatures, presentation forms).</summary>
    public static string Squeeze(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
