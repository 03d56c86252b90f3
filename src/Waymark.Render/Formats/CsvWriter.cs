using System.Text;
using Waymark.Core.Maps;
using Waymark.Render.Layout;

namespace Waymark.Render.Formats;

/// <summary>
/// The map as a table (RFC 4180, UTF-8 with a byte order mark so spreadsheets read accents): one row per item of
/// each cell, in map order, with the stage, step, lane, lane kind, the item's part, its text and every typed field.
/// A value a spreadsheet would run as a formula (starting with =, + or @) is prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public static readonly string[] Header =
    [
        "stage", "step", "lane", "laneKind", "part", "text", "persona", "color", "tags", "score", "impact", "votes",
        "desirable", "feasible", "viable", "effort", "target", "unit", "url",
    ];

    public static byte[] Write(JourneyMap map, string? personaId = null)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        var lanes = map.Lanes.Where(l => personaId is null || l.PersonaId is null || l.PersonaId == personaId).ToList();
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage.Steps)
            {
                foreach (var lane in lanes)
                {
                    if (!lane.Cells.TryGetValue(step.Id, out var cell))
                    {
                        continue;
                    }

                    foreach (var item in CellItems.Of(cell, map))
                    {
                        Row(csv, [stage.Name, step.Name, lane.Title, MapLayouter.LaneKindLabel(lane.Kind), item.Part, item.Text, item.Persona,
                            item.Color, item.Tags, item.Score, item.Impact, item.Votes, item.Desirable, item.Feasible, item.Viable,
                            item.Effort, item.Target, item.Unit, item.Url]);
                    }
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Escape(values[i] ?? ""));
        }

        csv.Append("\r\n");
    }

    private static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
