using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// The layout pass: from a map to boxes in map pixels, following the editor's grid (lane titles on the left,
/// stage and step headers on top, one equal column per step, a row per lane as tall as its fullest cell, the
/// emotion lane at its fixed height, the service lines of a blueprint between its lanes).
/// </summary>
public sealed class MapLayouter
{
    private readonly TextLayouter _text;
    private readonly WebStyle _style;
    private readonly Metrics _m;
    private readonly CellLayouter _cells;

    public MapLayouter(TextLayouter text, WebStyle style)
    {
        _text = text;
        _style = style;
        _m = new Metrics(style);
        _cells = new CellLayouter(text, style, _m);
    }

    public MapLayout Layout(JourneyMap map, LayoutOptions options = default)
    {
        var columns = Columns(map);
        var stageHeight = Math.Max(Metrics.MinStageHeight, StageHeight(map));
        var stepHeight = Math.Max(Metrics.MinStepHeight, columns.Select(c => c.Title.Height + (2 * _m.S2)).DefaultIfEmpty(0).Max());
        var stages = Stages(map, columns, stageHeight);
        var width = Metrics.TitleWidth + (columns.Count == 0 ? 0 : columns[^1].Right);
        var lanes = new List<LaneBox>();
        var cards = new List<CardBox>();
        var curves = new List<CurveBox>();
        var data = options.Data is null ? null : new DataStripLayouter(_text, _m).Layout(options.Data, columns);
        var y = stageHeight + stepHeight + (data?.Height ?? 0);
        var visible = map.Lanes.Where(l => options.PersonaId is null || l.PersonaId is null || l.PersonaId == options.PersonaId).ToList();
        var lines = ServiceLines.Above(visible.Select(l => l.Kind).ToList());
        for (var i = 0; i < visible.Count; i++)
        {
            var top = y;
            var above = lines.GetValueOrDefault(i) ?? [];
            y += above.Count * MapLayout.ServiceLineBand;
            var lane = Lane(map, visible[i], i, top, y, columns, cards, curves, options, above);
            lanes.Add(lane);
            y = lane.Bottom;
        }

        return new MapLayout
        {
            Map = map, Width = width, Height = y, TitleWidth = Metrics.TitleWidth, StageHeight = stageHeight, StepHeight = stepHeight,
            Columns = columns, Stages = stages, Lanes = lanes, Cards = cards, Curves = curves, Data = data,
        };
    }

    private List<ColumnBox> Columns(JourneyMap map)
    {
        var truth = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lane in map.Lanes.Where(l => l.Kind == LaneKind.MomentsOfTruth))
        {
            truth.UnionWith(lane.Cells.Where(c => c.Value.MomentOfTruth is not null).Select(c => c.Key));
        }

        var columns = new List<ColumnBox>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var stage = map.Stages[s];
            IEnumerable<Step?> steps = stage.Steps.Count == 0 ? new Step?[] { null } : stage.Steps;
            foreach (var step in steps)
            {
                var star = step is not null && truth.Contains(step.Id);
                var titleWidth = Metrics.ColumnWidth - _m.S3 - _m.S2 - (star ? 20 : 0);
                var title = _text.Layout(step?.Name, _m.FontSm, true, titleWidth, 4, 1.35f);
                columns.Add(new ColumnBox(columns.Count, stage, s, step, columns.Count * Metrics.ColumnWidth, Metrics.ColumnWidth, star, title));
            }
        }

        return columns;
    }

    private float StageHeight(JourneyMap map)
    {
        var height = 0f;
        foreach (var stage in map.Stages)
        {
            var (name, goal) = StageText(stage, Math.Max(1, stage.Steps.Count) * Metrics.ColumnWidth);
            height = Math.Max(height, 3 + _m.S2 + name.Height + goal.Height + _m.S2);
        }

        return height;
    }

    private (TextBlock Name, TextBlock Goal) StageText(Stage stage, float width)
    {
        var inner = width - _m.S3 - _m.S2;
        return (_text.Layout(stage.Name, _m.Font, true, inner, 2, 1.35f), _text.Layout(stage.Goal, _m.FontXs, false, inner, 2, 1.35f));
    }

    private List<StageBox> Stages(JourneyMap map, List<ColumnBox> columns, float height)
    {
        var boxes = new List<StageBox>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var first = columns.FindIndex(c => c.StageIndex == s);
            var last = columns.FindLastIndex(c => c.StageIndex == s);
            var box = new SKRect(Metrics.TitleWidth + columns[first].X, 0, Metrics.TitleWidth + columns[last].Right, height);
            var (name, goal) = StageText(map.Stages[s], box.Width);
            boxes.Add(new StageBox(map.Stages[s], first, last, box, name, goal));
        }

        return boxes;
    }

    private LaneBox Lane(JourneyMap map, Lane lane, int index, float top, float y, List<ColumnBox> columns, List<CardBox> cards,
        List<CurveBox> curves, LayoutOptions options, IReadOnlyList<ServiceLine> linesAbove)
    {
        var titleWidth = Metrics.TitleWidth - _m.S3 - _m.S1 - 28 - _m.S2;
        var title = _text.Layout(lane.Title, _m.FontSm, true, titleWidth, 3, 1.3f);
        var persona = lane.PersonaId is null ? null : map.Personas.FirstOrDefault(p => p.Id == lane.PersonaId)?.Name;
        // The kind's name under the title, unless the title says just that; then the persona it speaks for.
        var kindLabel = string.Equals(lane.Title.Trim(), LaneKindLabel(lane.Kind), StringComparison.OrdinalIgnoreCase) ? null : LaneKindLabel(lane.Kind);
        var subtitle = _text.Layout(string.Join(" · ", new[] { kindLabel, persona }.Where(s => s is not null)), _m.FontXs, false, titleWidth, 2, 1.35f);
        var height = Math.Max(Metrics.MinRowHeight, (2 * _m.S3) + title.Height + 2 + subtitle.Height);
        var laneCards = new List<CardBox>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Step is { } step && lane.Cells.TryGetValue(step.Id, out var cell) && lane.Kind != LaneKind.EmotionCurve)
            {
                var boxes = _cells.Layout(cell, c, index);
                laneCards.AddRange(boxes);
                var content = boxes.Count == 0 ? 0 : boxes.Max(b => b.Box.Bottom);
                height = Math.Max(height, content + (2 * _m.S2));
            }
        }

        if (lane.Kind == LaneKind.EmotionCurve)
        {
            // Room for one more row of labels per extra curve (personas' curves share the lane).
            var curveCount = Math.Max(1, map.Personas.Count(p => options.PersonaId is null || p.Id == options.PersonaId) + (options.PersonaId is null ? 1 : 0));
            height = Math.Max(height, Metrics.EmotionHeight + (28 * Math.Min(3, curveCount - 1)));
            var emotion = new EmotionLayouter(_text, _m).Layout(map, lane, index, columns, y, height, options.PersonaId);
            curves.AddRange(emotion.Curves);
            cards.AddRange(emotion.Labels);
        }

        foreach (var box in laneCards)
        {
            var x = Metrics.TitleWidth + columns[box.Column].X + _m.S3;
            cards.Add(box with { Box = SKRect.Create(x + box.Box.Left, y + _m.S2 + box.Box.Top, box.Box.Width, box.Box.Height) });
        }

        return new LaneBox(index, lane, top, y, height, title, subtitle, _style.LaneTint(lane.Kind), linesAbove);
    }

    /// <summary>The editor's names of the lane kinds (web/src/features/map/state/queries.ts).</summary>
    public static string LaneKindLabel(LaneKind kind) => kind switch
    {
        LaneKind.SupportProcesses => "Support processes",
        LaneKind.EmotionCurve => "Emotion curve",
        LaneKind.PainPoints => "Pain points",
        LaneKind.MomentsOfTruth => "Moments of truth",
        LaneKind.Kpis => "KPIs",
        _ => kind.ToString(),
    };
}
