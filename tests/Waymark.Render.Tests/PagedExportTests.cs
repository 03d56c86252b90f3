using System.Globalization;
using System.Text;
using Waymark.Render.Formats;
using Waymark.Render.Pages;

namespace Waymark.Render.Tests;

/// <summary>The paged PDF of the 60-step x 15-lane map: split by stage and lane, never through a card.</summary>
public sealed class PagedExportTests
{
    private static readonly DateTimeOffset Date = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(PageMode.A4)]
    [InlineData(PageMode.Letter)]
    public void Plan_LargeMap_EveryCardWhollyOnExactlyOnePage(PageMode mode)
    {
        var layout = MapExporter.Default.Layout(LargeMap.Create(60, 15));
        var paper = mode == PageMode.A4 ? PaperSize.A4 : PaperSize.Letter;

        var pages = MapExporter.Pages(layout, mode);

        Assert.True(pages.Count > 1);
        foreach (var page in pages)
        {
            var drawn = page.Drawn(layout);
            Assert.True(page.Content.Contains(drawn) || Near(page.Content, drawn), $"page {page.Number} draws {drawn} outside {page.Content}");
            Assert.True(drawn.Right <= paper.Width && drawn.Bottom <= paper.Height);
        }

        foreach (var card in layout.Cards)
        {
            var holders = pages.Where(p => p.Holds(card)).ToList();
            Assert.Single(holders);
            var placed = holders[0].Place(layout, card);
            Assert.True(Near(holders[0].Drawn(layout), placed) || holders[0].Drawn(layout).Contains(placed),
                $"{card.Kind} '{card.Text.Text}' at {placed} crosses the edge of page {holders[0].Number} ({holders[0].Drawn(layout)})");
        }
    }

    [Fact]
    public void Plan_LargeMap_BreaksColumnsOnlyAtStageEdgesWhenStagesFit()
    {
        var layout = MapExporter.Default.Layout(LargeMap.Create(60, 15));

        var pages = MapExporter.Pages(layout, PageMode.A4);

        // A ten-step stage is wider than a sheet, so a stage may be cut between steps, never inside a step; and
        // a page never starts in the middle of a stage unless the previous page ended in the same stage.
        foreach (var page in pages)
        {
            var first = layout.Columns[page.FirstColumn];
            var previous = page.FirstColumn == 0 ? null : layout.Columns[page.FirstColumn - 1];
            var stageFitsAlone = layout.Stages[first.StageIndex].Box.Width * page.Scale <= page.Content.Width - (layout.TitleWidth * page.Scale);
            Assert.True(previous is null || previous.StageIndex != first.StageIndex || !stageFitsAlone);
        }
    }

    [Fact]
    public void Pdf_LargeMapPaged_HasThePlannedPagesWithFooterOnEach()
    {
        var map = LargeMap.Create(60, 15);
        var layout = MapExporter.Default.Layout(map);
        var planned = MapExporter.Pages(layout, PageMode.A4).Count;

        var pdf = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Pdf, PageMode.A4, Date: Date)).Content;

        var info = Tools.OnFile(pdf, ".pdf", "pdfinfo", "{file}");
        Assert.Matches(@"(?m)^Pages:\s+" + planned.ToString(CultureInfo.InvariantCulture) + "$", info);
        var text = Tools.OnFile(pdf, ".pdf", "pdftotext", "-enc", "UTF-8", "{file}", "-");
        var pages = text.Split('\f');
        for (var n = 1; n <= planned; n++)
        {
            var page = pages[n - 1];
            Assert.Contains($"Page {n} of {planned}", page, StringComparison.Ordinal);
            Assert.Contains(map.Name, page, StringComparison.Ordinal);
            Assert.Contains("5 December 2026", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_LargeMapPaged_HoldsEveryCellText()
    {
        var map = LargeMap.Create(60, 15);

        var pdf = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Pdf, PageMode.A4, Date: Date)).Content;

        var text = MapTexts.Squeeze(Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"));
        foreach (var expected in MapTexts.StepTitles(map).Concat(MapTexts.CellTexts(map)).Distinct())
        {
            Assert.True(text.Contains(MapTexts.Squeeze(expected), StringComparison.Ordinal), $"paged PDF lacks: {expected}");
        }
    }

    private static bool Near(SkiaSharp.SKRect outer, SkiaSharp.SKRect inner) =>
        inner.Left >= outer.Left - 0.05f && inner.Top >= outer.Top - 0.05f && inner.Right <= outer.Right + 0.05f && inner.Bottom <= outer.Bottom + 0.05f;
}
