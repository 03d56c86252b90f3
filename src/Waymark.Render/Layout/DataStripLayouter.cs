using Waymark.Render.Data;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// Lays out the data strip: per step the figures the editor's data view shows under a step's name, in its words
/// (customers, share → next, lost, median wait, the lead feedback score), at most <see cref="MaxLines"/> lines.
/// </summary>
internal sealed class DataStripLayouter(TextLayouter text, Metrics m)
{
    public const int MaxLines = 5;
    private const float LineHeight = 1.4f;

    public DataStrip Layout(MapData data, IReadOnlyList<ColumnBox> columns)
    {
        var width = Metrics.ColumnWidth - m.S3 - m.S2;
        var cells = columns.Select(c => Lines(c, data, width)).ToList();
        var titleWidth = Metrics.TitleWidth - m.S3 - m.S2;
        List<DataLine> caption =
        [
            new(text.Layout("Measured", m.FontXs, true, titleWidth, 1, LineHeight), false),
            new(text.Layout(data.Period, m.FontXs, false, titleWidth, 2, LineHeight), true),
            new(text.Layout(data.Segment, m.FontXs, false, titleWidth, 2, LineHeight), true),
        ];
        var lineHeight = m.FontXs * LineHeight;
        var content = Math.Max(cells.Select(Height).DefaultIfEmpty(0).Max(), Height(caption));
        return new DataStrip(data, Math.Max(content, MaxLines * lineHeight) + (2 * m.S2), caption, cells);
    }

    private static float Height(IReadOnlyList<DataLine> lines) => lines.Sum(l => l.Text.Height);

    private List<DataLine> Lines(ColumnBox column, MapData data, float width)
    {
        DataLine Figure(string line) => new(text.Layout(line, m.FontXs, false, width, 1, LineHeight), false);
        DataLine Lead(string line) => new(text.Layout(line, m.FontXs, true, width, 1, LineHeight), false);
        DataLine Note(string line) => new(text.Layout(line, m.FontXs, false, width, 2, LineHeight), true);
        if (column.Step is null)
        {
            return [];
        }

        if (!data.Steps.TryGetValue(column.Step.Id, out var step))
        {
            return [Note("No figures")];
        }

        if (!step.Bound)
        {
            return [Note("Not measured")];
        }

        var lines = new List<DataLine>();
        if (!step.InFunnel)
        {
            lines.Add(Lead($"{DataFormat.Count(step.Customers)} visitors"));
            lines.Add(Note("Outside the funnel"));
        }
        else
        {
            lines.Add(Lead($"{DataFormat.Count(step.Customers)} customers"));
            if (step.ConversionToNext is not null)
            {
                lines.Add(Figure($"{DataFormat.Share(step.ConversionToNext)} → next"));
            }

            if (step.DropOff is { } lost)
            {
                lines.Add(Figure($"{DataFormat.Count(lost)} lost · {DataFormat.Share(step.DropOffRate)}"));
            }

            if (step.MedianWait is not null)
            {
                lines.Add(Figure($"Median wait {DataFormat.Duration(step.MedianWait)}"));
            }
        }

        if (step.ScoreLabel is not null)
        {
            lines.Add(Figure($"{step.ScoreLabel} {step.ScoreValue}"));
        }

        return lines.Take(MaxLines).ToList();
    }
}
