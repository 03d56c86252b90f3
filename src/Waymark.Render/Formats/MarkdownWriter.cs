using System.Text;
using Waymark.Core.Maps;
using Waymark.Render.Layout;

namespace Waymark.Render.Formats;

/// <summary>
/// The map as Markdown for wikis and pull requests: a heading per stage and per step, and under each step every
/// lane that has something there with its content. What people typed is escaped, so it stays text (no markup,
/// no HTML) in any renderer.
/// </summary>
public static class MarkdownWriter
{
    public static byte[] Write(JourneyMap map, string? personaId = null)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(map.Name)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(map.Description))
        {
            md.Append(Escape(map.Description)).Append("\n\n");
        }

        var lanes = map.Lanes.Where(l => personaId is null || l.PersonaId is null || l.PersonaId == personaId).ToList();
        foreach (var stage in map.Stages)
        {
            md.Append("## ").Append(Escape(stage.Name)).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(stage.Goal))
            {
                md.Append("*Goal:* ").Append(Escape(stage.Goal)).Append("\n\n");
            }

            foreach (var step in stage.Steps)
            {
                Step(md, map, step, lanes);
            }
        }

        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static void Step(StringBuilder md, JourneyMap map, Step step, List<Lane> lanes)
    {
        md.Append("### ").Append(Escape(step.Name)).Append("\n\n");
        foreach (var lane in lanes)
        {
            if (!lane.Cells.TryGetValue(step.Id, out var cell) || cell.IsEmpty)
            {
                continue;
            }

            md.Append("**").Append(Escape(lane.Title)).Append("** (").Append(MapLayouter.LaneKindLabel(lane.Kind)).Append(")\n\n");
            foreach (var item in CellItems.Of(cell, map))
            {
                md.Append("- ").Append(Line(item)).Append('\n');
            }

            md.Append('\n');
        }
    }

    private static string Line(CellItem item) => item.Part switch
    {
        "emotion" => "Emotion " + item.Score + (item.Persona is null ? "" : " (" + Escape(item.Persona) + ")") + (item.Text.Length > 0 ? ": " + Escape(item.Text) : ""),
        "painPoint" => Escape(item.Text) + " *(" + item.Impact + ")*",
        "idea" => Escape(item.Text) + " *(" + item.Votes + " votes)*",
        "momentOfTruth" => "★ Moment of truth" + (item.Text.Length > 0 ? ": " + Escape(item.Text) : ""),
        "kpi" => Escape(item.Text) + (item.Target is null ? "" : ": target " + item.Target + (item.Unit is null ? "" : " " + Escape(item.Unit))),
        "image" => "Image: " + Escape(item.Text),
        "owner" => "Owner: " + Escape(item.Text),
        "card" when item.Tags is { Length: > 0 } => Escape(item.Text) + " " + Escape(string.Join(" ", item.Tags.Split(';').Select(t => "#" + t))),
        _ => Escape(item.Text),
    };

    /// <summary>Backslash-escapes Markdown's punctuation and folds line breaks, so text never turns into markup or HTML.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_{}[]()<>#+-.!|~&".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
