using System.Globalization;
using SkiaSharp;
using Waymark.Render.Pages;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// The report's pages as they fill: the current canvas, how far down it is written, and a footer on every page
/// (the map's name, the date, "Page n of N"). A dry run (no document) draws on a canvas that keeps nothing, so the
/// first pass finds where every section starts and how many pages there are for the table of contents.
/// </summary>
internal sealed class PdfFlow(SKDocument? document, TextLayouter text, WebStyle style, string footer, int total)
{
    public const float Margin = 56;
    public static readonly PaperSize Portrait = new("A4", 595.28f, 841.89f);
    public static readonly PaperSize Landscape = PaperSize.A4;
    private readonly TextPainter _painter = new(text, false);
    private SKNoDrawCanvas? _dry;
    private PaperSize _paper = Portrait;

    public SKCanvas Canvas { get; private set; } = null!;

    public bool Dry => document is null;

    public int Page { get; private set; }

    public float Y { get; set; }

    public float Left => Margin;

    public float Width => _paper.Width - (2 * Margin);

    public float Top => Margin;

    public float Bottom => _paper.Height - Margin;

    public void Begin(PaperSize paper)
    {
        End();
        Page++;
        _paper = paper;
        if (document is not null)
        {
            Canvas = document.BeginPage(paper.Width, paper.Height);
            Canvas.Clear(SKColors.White);
        }
        else
        {
            _dry?.Dispose();
            _dry = new SKNoDrawCanvas((int)paper.Width, (int)paper.Height);
            Canvas = _dry;
        }

        Y = Top;
    }

    /// <summary>Starts a new portrait page when <paramref name="height"/> does not fit below (unless the page is empty).</summary>
    public void Ensure(float height)
    {
        if (Y + height > Bottom && Y > Top + 1)
        {
            Begin(Portrait);
        }
    }

    public void End()
    {
        if (Page == 0 || Canvas is null)
        {
            return;
        }

        Footer();
        document?.EndPage();
        Canvas = null!;
    }

    public void Finish()
    {
        End();
        _dry?.Dispose();
    }

    private void Footer()
    {
        var y = _paper.Height - (Margin / 2) - 10;
        var colour = style.Color("text-3");
        var left = text.Layout(footer, 7.5f, false, _paper.Width * 0.65f, 1);
        var number = text.Layout("Page " + Page.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture), 7.5f, false, 120, 1);
        using var rule = new SKPaint { Color = style.Color("line-2"), StrokeWidth = 0.5f };
        var margin = _paper.Width > _paper.Height ? PagePlanner.Margin : Margin;
        Canvas.DrawLine(margin, y - 5, _paper.Width - margin, y - 5, rule);
        _painter.Draw(Canvas, left, margin, y, left.Width, colour);
        _painter.Draw(Canvas, number, _paper.Width - margin - number.Width, y, number.Width, colour);
    }
}
