using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Render.Report;

/// <summary>
/// "Evidence cited on the map": what the map's pain points, ideas and moments of truth cite, as the file keeps it
/// (the words of a quote, the title of a finding, the figure with its period), so a stakeholder sees what a card
/// rests on. Left out when nothing is cited.
/// </summary>
internal static class CitedEvidence
{
    private const int MostRows = 40;

    public static IEnumerable<Block> Blocks(JourneyMap map, StepNames steps)
    {
        var rows = map.Lanes.SelectMany(l => steps.InOrder(l.Cells)).SelectMany(c => Cards(c.Cell).SelectMany(card =>
            card.Citations.Select(cit => (IReadOnlyList<string>)[card.Text, steps.Numbered(c.StepId), Kind(cit.Kind), Said(cit)]))).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        yield return new SubHeading("Evidence cited on the map");
        yield return new Table("cited-evidence", ["Card", "Step", "Kind", "Evidence"], [.. rows.Take(MostRows)], [0.25f, 0.2f, 0.1f, 0.45f]);
        if (rows.Count > MostRows)
        {
            yield return new Paragraph((rows.Count - MostRows).ToString(CultureInfo.InvariantCulture) + " more pieces of evidence are on the map.", Note: true);
        }
    }

    private static IEnumerable<(string Text, List<Citation> Citations)> Cards(Cell cell)
    {
        foreach (var p in cell.PainPoints)
        {
            yield return (p.Text, p.Citations);
        }

        foreach (var i in cell.Ideas)
        {
            yield return (i.Text, i.Citations);
        }

        if (cell.MomentOfTruth is { } m)
        {
            yield return (string.IsNullOrWhiteSpace(m.Note) ? "Moment of truth" : m.Note!, m.Citations);
        }
    }

    private static string Kind(CitationKind kind) => kind switch
    {
        CitationKind.Quote => "Quote",
        CitationKind.Finding => "Finding",
        _ => "Figure",
    };

    private static string Said(Citation c) => c.Kind switch
    {
        CitationKind.Quote => "“" + c.Text + "”" + (c.Source is { } s ? " (" + s + ")" : ""),
        CitationKind.Figure when c.From is { } from && c.To is { } to =>
            c.Text + " (" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")",
        _ => c.Text,
    };
}
