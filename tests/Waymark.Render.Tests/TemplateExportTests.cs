using System.Text;
using System.Xml.Linq;
using SkiaSharp;
using Waymark.Core.Templates;
using Waymark.Render.Formats;

namespace Waymark.Render.Tests;

/// <summary>Every built-in template in every format, checked with real tools (poppler) and real parsers.</summary>
public sealed class TemplateExportTests
{
    private static readonly DateTimeOffset Date = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Templates => [.. TemplateLibrary.All.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdf_PosterAndPaged_HoldEveryStepTitleAndCellText(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        foreach (var pages in new[] { PageMode.Poster, PageMode.A4 })
        {
            var pdf = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Pdf, pages, Date: Date)).Content;
            var text = MapTexts.Squeeze(Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"));
            foreach (var expected in MapTexts.StepTitles(map).Concat(MapTexts.CellTexts(map)))
            {
                Assert.True(text.Contains(MapTexts.Squeeze(expected), StringComparison.Ordinal), $"{pages} PDF of {template} lacks: {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdf_Template_EmbedsEveryFont(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var pdf = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Pdf, PageMode.Letter, Date: Date)).Content;

        var rows = Tools.OnFile(pdf, ".pdf", "pdffonts", "{file}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // Columns: name, type (one or two words), encoding, emb, sub, uni, object id; "emb" is the 5th from the end.
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5] == "yes", $"not embedded: {row}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Svg_Template_IsWellFormedSelfContainedAndHoldsEveryText(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var svg = Encoding.UTF8.GetString(MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Svg)).Content);

        var document = XDocument.Parse(svg);
        AssertSelfContained(svg);
        var text = MapTexts.Squeeze(string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
        foreach (var expected in MapTexts.StepTitles(map).Concat(MapTexts.CellTexts(map)))
        {
            Assert.True(text.Contains(MapTexts.Squeeze(expected), StringComparison.Ordinal), $"SVG of {template} lacks: {expected}");
        }
    }

    [Fact]
    public void Svg_TextAsPaths_HasNoTextElementsAndStaysSelfContained()
    {
        var map = TemplateLibrary.Find("service-blueprint")!.Create();

        var svg = Encoding.UTF8.GetString(MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Svg, TextAsPaths: true)).Content);

        Assert.DoesNotContain(XDocument.Parse(svg).Descendants(), e => e.Name.LocalName == "text");
        AssertSelfContained(svg);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Png_Template_HasTheLayoutSizeAtScaleOne(string template) => AssertPngSize(template, 1);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Png_Scale_MultipliesThePixelSize(int scale) => AssertPngSize("saas-trial", scale);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Csv_Template_RoundTripsEveryCellText(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var csv = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Csv)).Content;

        var rows = CsvReader.Read(new UTF8Encoding(false).GetString(csv.AsSpan(3)));
        var textColumn = Array.IndexOf(rows[0], "text");
        Assert.Equal(CsvWriter.Header, rows[0]);
        Assert.All(rows, r => Assert.Equal(CsvWriter.Header.Length, r.Length));
        var read = rows.Skip(1).Select(r => CsvReader.Unguard(r[textColumn])).Where(t => t.Length > 0).Order(StringComparer.Ordinal);
        Assert.Equal(MapTexts.CellTexts(map).Order(StringComparer.Ordinal), read);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Markdown_Template_HoldsEveryStageStepAndCellText(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();

        var md = Encoding.UTF8.GetString(MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Md)).Content);

        foreach (var stage in map.Stages)
        {
            Assert.Contains("## " + MarkdownWriter.Escape(stage.Name) + "\n", md, StringComparison.Ordinal);
        }

        foreach (var expected in MapTexts.StepTitles(map).Concat(MapTexts.CellTexts(map)))
        {
            Assert.Contains(MarkdownWriter.Escape(expected), md, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Layout_Template_EveryCardStaysInItsCell(string template) =>
        LayoutChecks.CardsInsideCells(MapExporter.Default.Layout(TemplateLibrary.Find(template)!.Create()));

    internal static void AssertSelfContained(string svg)
    {
        var withoutNamespaces = svg.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal)
            .Replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain("http", withoutNamespaces, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(//", svg, StringComparison.Ordinal);
        foreach (var href in XDocument.Parse(svg).Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName == "href"))
        {
            Assert.StartsWith("data:", href.Value, StringComparison.Ordinal);
        }
    }

    private static void AssertPngSize(string template, int scale)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var layout = MapExporter.Default.Layout(map);

        var png = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Png, Scale: scale)).Content;

        using var codec = SKCodec.Create(new MemoryStream(png));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal((int)Math.Ceiling(layout.Width * scale), codec.Info.Width);
        Assert.Equal((int)Math.Ceiling(layout.Height * scale), codec.Info.Height);
        // A full decode checks the parallel encoder's zlib stream (Adler-32) and chunk CRCs; then two known pixels.
        PngCheck.Verify(png, codec.Info.Width, codec.Info.Height);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var lane = layout.Lanes[0];
        Assert.Equal(SKColors.White, bitmap.GetPixel(2 * scale, 2 * scale));
        Assert.Equal(lane.Tint, bitmap.GetPixel(4 * scale, (int)((lane.Bottom - 6) * scale)));
    }
}
