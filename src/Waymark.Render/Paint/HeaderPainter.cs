using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Layout;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Paint;

/// <summary>The grid's frame: stage and step headers, lane titles with their kind icon, the corner and the service lines' bands beside them.</summary>
internal sealed class HeaderPainter(TextPainter text, WebStyle style, ServiceLinePainter lines)
{
    public void Corner(SKCanvas canvas, MapLayout layout)
    {
        using var bg = new SKPaint { Color = style.Color("bg") };
        using var rule = new SKPaint { Color = style.Color("line-2"), StrokeWidth = 1 };
        canvas.DrawRect(new SKRect(0, 0, layout.TitleWidth, layout.HeaderHeight), bg);
        canvas.DrawLine(layout.TitleWidth - 0.5f, 0, layout.TitleWidth - 0.5f, layout.HeaderHeight, rule);
        canvas.DrawLine(0, layout.HeaderHeight - 0.5f, layout.TitleWidth, layout.HeaderHeight - 0.5f, rule);
        if (layout.Data is { } data)
        {
            var top = layout.StageHeight + layout.StepHeight;
            using var soft = new SKPaint { Color = style.Color("line"), StrokeWidth = 1 };
            canvas.DrawLine(0, top - 0.5f, layout.TitleWidth - 1, top - 0.5f, soft);
            Lines(canvas, data.Caption, 12, top + 8, layout.TitleWidth - 20);
        }
    }

    public void Columns(SKCanvas canvas, MapLayout layout, int first, int last)
    {
        var left = layout.TitleWidth + layout.Columns[first].X;
        var right = layout.TitleWidth + layout.Columns[last].Right;
        using var stageBg = new SKPaint { Color = style.Color("bg-2") };
        using var bar = new SKPaint { Color = style.Color("accent").WithAlpha(140) };
        using var strong = new SKPaint { Color = style.Color("line-2"), StrokeWidth = 1 };
        using var soft = new SKPaint { Color = style.Color("line"), StrokeWidth = 1 };
        foreach (var stage in layout.Stages)
        {
            if (stage.LastColumn < first || stage.FirstColumn > last)
            {
                continue;
            }

            var box = new SKRect(Math.Max(left, stage.Box.Left), 0, Math.Min(right, stage.Box.Right), layout.StageHeight);
            canvas.Save();
            canvas.ClipRect(box);
            canvas.DrawRect(box, stageBg);
            canvas.DrawRect(new SKRect(box.Left, 0, box.Right, 3), bar);
            canvas.DrawLine(box.Left + 0.5f, 0, box.Left + 0.5f, box.Bottom, strong);
            text.Draw(canvas, stage.Name, box.Left + 12, 11, box.Width - 20, style.Color("text"));
            text.Draw(canvas, stage.Goal, box.Left + 12, 11 + stage.Name.Height, box.Width - 20, style.Color("text-3"));
            canvas.Restore();
        }

        canvas.DrawLine(left, layout.StageHeight - 0.5f, right, layout.StageHeight - 0.5f, soft);
        using var stepBg = new SKPaint { Color = style.Color("bg") };
        using var truthBg = new SKPaint { Color = style.Color("tint-truth") };
        using var emptyBg = new SKPaint { Color = style.Color("bg-2") };
        for (var c = first; c <= last; c++)
        {
            var column = layout.Columns[c];
            var box = SKRect.Create(layout.TitleWidth + column.X, layout.StageHeight, column.Width, layout.StepHeight);
            canvas.DrawRect(box, column.Step is null ? emptyBg : column.MomentOfTruth ? truthBg : stepBg);
            canvas.DrawLine(box.Left + 0.5f, box.Top, box.Left + 0.5f, box.Bottom, soft);
            text.Draw(canvas, column.Title, box.Left + 12, box.Top + 8, box.Width - 40, style.Color("text"));
            if (column.MomentOfTruth)
            {
                Icons.Draw(canvas, LaneKind.MomentsOfTruth, box.Right - 24, box.Top + 9, 15, CellLayouter.Truth, fill: true);
            }
        }

        if (layout.Data is { } data)
        {
            DataStrip(canvas, layout, data, first, last);
        }

        canvas.DrawLine(left, layout.HeaderHeight - 0.5f, right, layout.HeaderHeight - 0.5f, strong);
    }

    /// <summary>The measured figures under each step's header, on the editor's quiet data background.</summary>
    private void DataStrip(SKCanvas canvas, MapLayout layout, DataStrip data, int first, int last)
    {
        var top = layout.StageHeight + layout.StepHeight;
        using var bg = new SKPaint { Color = style.Color("bg-2") };
        using var soft = new SKPaint { Color = style.Color("line"), StrokeWidth = 1 };
        for (var c = first; c <= last; c++)
        {
            var column = layout.Columns[c];
            var box = SKRect.Create(layout.TitleWidth + column.X, top, column.Width, data.Height);
            canvas.DrawRect(box, bg);
            canvas.DrawLine(box.Left + 0.5f, box.Top, box.Left + 0.5f, box.Bottom, soft);
            canvas.DrawLine(box.Left, box.Top + 0.5f, box.Right, box.Top + 0.5f, soft);
            Lines(canvas, data.Columns[c], box.Left + 12, box.Top + 8, box.Width - 20);
        }
    }

    private void Lines(SKCanvas canvas, IReadOnlyList<DataLine> lines, float left, float top, float width)
    {
        foreach (var line in lines)
        {
            text.Draw(canvas, line.Text, left, top, width, style.Color(line.Muted ? "text-3" : "text"));
            top += line.Text.Height;
        }
    }

    public void Titles(SKCanvas canvas, MapLayout layout, int first, int last)
    {
        using var rule = new SKPaint { Color = style.Color("line-2"), StrokeWidth = 1 };
        using var soft = new SKPaint { Color = style.Color("line"), StrokeWidth = 1 };
        using var disc = new SKPaint { Color = SKColors.White.WithAlpha(230), IsAntialias = true };
        using var ring = new SKPaint { Color = new SKColor(16, 24, 40, 26), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        for (var l = first; l <= last; l++)
        {
            var lane = layout.Lanes[l];
            using var tint = new SKPaint { Color = lane.Tint };
            lines.Paint(canvas, lane, 0, layout.TitleWidth, label: false);
            canvas.DrawRect(new SKRect(0, lane.Y, layout.TitleWidth, lane.Bottom), tint);
            canvas.DrawLine(layout.TitleWidth - 0.5f, lane.Y, layout.TitleWidth - 0.5f, lane.Bottom, rule);
            canvas.DrawLine(0, lane.Bottom - 0.5f, layout.TitleWidth, lane.Bottom - 0.5f, soft);
            canvas.DrawCircle(12 + 14, lane.Y + 12 + 14, 14, disc);
            canvas.DrawCircle(12 + 14, lane.Y + 12 + 14, 14, ring);
            Icons.Draw(canvas, lane.Lane.Kind, 12 + 6, lane.Y + 12 + 6, 16, style.Color("text-2"));
            const float textLeft = 12 + 28 + 8;
            text.Draw(canvas, lane.Title, textLeft, lane.Y + 13, layout.TitleWidth - textLeft - 4, style.Color("text"));
            text.Draw(canvas, lane.Subtitle, textLeft, lane.Y + 15 + lane.Title.Height, layout.TitleWidth - textLeft - 4, style.Color("text-3"));
        }
    }
}
