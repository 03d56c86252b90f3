using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Layout;
using Waymark.Render.Style;

namespace Waymark.Render.Paint;

/// <summary>Draws one box of a cell as the editor's cell widgets look: a soft card with a coloured left edge.</summary>
internal sealed class CardPainter(TextPainter text, WebStyle style)
{
    private readonly SKColor _ink = style.Color("text");

    public void Draw(SKCanvas canvas, CardBox card)
    {
        var box = card.Box;
        switch (card.Kind)
        {
            case CardKind.Text:
                text.Draw(canvas, card.Text, box.Left, box.Top, box.Width, _ink);
                return;
            case CardKind.EmotionLabel:
                text.Draw(canvas, card.Text, box.MidX - (card.Text.Width / 2), box.Top, card.Text.Width, card.MetaColor);
                return;
            case CardKind.Owner:
                Icons.Draw(canvas, LaneKind.Owners, box.Left, box.Top + 2, 13, style.Color("text-2"));
                text.Draw(canvas, card.Text, box.Left + 18, box.Top, box.Width - 20, style.Color("text-2"));
                return;
            case CardKind.Channel:
                Chip(canvas, card);
                return;
            case CardKind.Image:
                Image(canvas, card);
                return;
            default:
                Note(canvas, card);
                return;
        }
    }

    private void Note(SKCanvas canvas, CardBox card)
    {
        var box = card.Box;
        using var shadow = new SKPaint { Color = new SKColor(16, 24, 40, 20), IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(box.Left, box.Top + 1, box.Width, box.Height), 6, 6, shadow);
        using var fill = new SKPaint { Color = card.Fill, IsAntialias = true };
        using var edge = new SKPaint { Color = card.Edge, IsAntialias = true };
        using var rim = new SKPaint { Color = new SKColor(16, 24, 40, 28), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f };
        // The edge colour fills the whole card and the body covers all but its left bar: no clip, which costs a
        // mask per card on a bitmap.
        canvas.DrawRoundRect(box, 6, 6, edge);
        using var body = new SKRoundRect();
        body.SetRectRadii(new SKRect(box.Left + Metrics.EdgeBar, box.Top, box.Right, box.Bottom),
            [new SKPoint(0, 0), new SKPoint(6, 6), new SKPoint(6, 6), new SKPoint(0, 0)]);
        canvas.DrawRoundRect(body, fill);
        canvas.DrawRoundRect(box, 6, 6, rim);
        var left = box.Left + Metrics.EdgeBar + 8;
        var width = box.Width - Metrics.EdgeBar - 16;
        var top = box.Top + 6;
        if (card.Kind == CardKind.MomentOfTruth)
        {
            Icons.Draw(canvas, LaneKind.MomentsOfTruth, box.Right - 20, box.Top + 5, 14, CellLayouter.Truth, fill: true);
        }

        text.Draw(canvas, card.Text, left, top, width, _ink);
        text.Draw(canvas, card.Meta, left, top + card.Text.Height + 3, width, card.MetaColor);
    }

    private void Chip(SKCanvas canvas, CardBox card)
    {
        var box = card.Box;
        using var fill = new SKPaint { Color = card.Fill, IsAntialias = true };
        using var edge = new SKPaint { Color = card.Edge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        canvas.DrawRoundRect(box, box.Height / 2, box.Height / 2, fill);
        canvas.DrawRoundRect(box, box.Height / 2, box.Height / 2, edge);
        text.Draw(canvas, card.Text, box.Left + 8, box.MidY - (card.Text.Height / 2), box.Width - 16, card.MetaColor);
    }

    private void Image(SKCanvas canvas, CardBox card)
    {
        var box = card.Box;
        using var fill = new SKPaint { Color = card.Fill, IsAntialias = true };
        using var edge = new SKPaint { Color = card.Edge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1, PathEffect = SKPathEffect.CreateDash([4, 3], 0) };
        canvas.DrawRoundRect(box, 6, 6, fill);
        canvas.DrawRoundRect(box, 6, 6, edge);
        Icons.Draw(canvas, LaneKind.Images, box.MidX - 12, box.Top + 10, 24, style.Color("text-3"));
        text.Draw(canvas, card.Text, box.Left + 8, box.Top + 42, box.Width - 16, style.Color("text-2"));
    }
}
