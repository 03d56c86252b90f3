using System.Text;
using System.Xml.Linq;
using Waymark.Core.Maps;
using Waymark.Render.Formats;
using Waymark.Render.Layout;

namespace Waymark.Render.Tests;

/// <summary>Text people type that breaks exports elsewhere: markup, endless words, right-to-left scripts, emoji, CJK.</summary>
public sealed class HostileTextTests
{
    private const string Script = "<script>alert('x')</script> & \"quoted\" ]]>";
    private static readonly string LongWord = "Donaudampfschifffahrtsgesellschaftskapitän" + new string('x', 260);
    private const string Hebrew = "שלום עולם, ההזמנה התעכבה";
    private const string Arabic = "مرحبا بالعالم، الطلب متأخر";
    private const string Emoji = "Great 🎉👍🏽 family 👨‍👩‍👧 trip";
    private const string Cjk = "顾客旅程地图：等待时间太长了";

    [Fact]
    public void Layout_HostileText_EveryCardStaysInItsCell()
    {
        var layout = MapExporter.Default.Layout(Map());

        LayoutChecks.CardsInsideCells(layout);
        Assert.Contains(layout.Cards, c => c.Text.Lines.Count > 3 && c.Text.Text == LongWord);
    }

    [Fact]
    public void Layout_RightToLeftText_ReadsRightToLeft()
    {
        var layout = MapExporter.Default.Layout(Map());

        var hebrew = layout.Cards.First(c => c.Text.Text == Hebrew);

        Assert.True(hebrew.Text.Lines[0].RightToLeft);
    }

    [Fact]
    public void Layout_CjkAndEmoji_AreDrawnWithTheFallbackFaces()
    {
        var layout = MapExporter.Default.Layout(Map());

        var faces = layout.Cards.Where(c => c.Text.Text is Cjk or Emoji).SelectMany(c => c.Text.Lines).SelectMany(l => l.Runs)
            .Select(r => r.Typeface.FamilyName).Distinct().ToList();

        Assert.Contains("Droid Sans Fallback", faces);
        Assert.Contains("Noto Color Emoji", faces);
    }

    [Fact]
    public void Svg_HostileText_StaysWellFormedWithTextEscaped()
    {
        var svg = Encoding.UTF8.GetString(MapExporter.Default.Export(Map(), new ExportOptions(ExportFormat.Svg)).Content);

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        TemplateExportTests.AssertSelfContained(svg);
        var text = MapTexts.Squeeze(string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
        Assert.Contains(MapTexts.Squeeze(Script), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_HostileText_KeepsLatinAndCjkSearchable()
    {
        var pdf = MapExporter.Default.Export(Map(), new ExportOptions(ExportFormat.Pdf, PageMode.A4)).Content;

        var text = MapTexts.Squeeze(Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"));

        Assert.Contains(MapTexts.Squeeze(Script), text, StringComparison.Ordinal);
        Assert.Contains(MapTexts.Squeeze(Cjk), text, StringComparison.Ordinal);
        Assert.Contains("Donaudampfschifffahrtsgesellschaftskapit", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Md)]
    [InlineData(ExportFormat.Png)]
    public void Export_HostileText_Succeeds(ExportFormat format)
    {
        var file = MapExporter.Default.Export(Map(), new ExportOptions(format, Scale: 1));

        Assert.NotEmpty(file.Content);
        if (format == ExportFormat.Md)
        {
            // Every angle bracket is escaped, so no Markdown renderer starts an HTML tag.
            var md = Encoding.UTF8.GetString(file.Content);
            Assert.All(Enumerable.Range(0, md.Length).Where(i => md[i] == '<'), i => Assert.Equal('\\', md[i - 1]));
        }
    }

    private static JourneyMap Map()
    {
        var map = new JourneyMap { Id = "map_hostile", Name = Script, Stages = [new Stage { Id = "stg_1", Name = Script, Goal = LongWord }] };
        string[] texts = [Script, LongWord, Hebrew, Arabic, Emoji, Cjk];
        for (var i = 0; i < texts.Length; i++)
        {
            map.Stages[0].Steps.Add(new Step { Id = $"stp_{i}", Name = texts[i] });
        }

        var text = new Lane { Id = "lan_text", Kind = LaneKind.Actions, Title = Script };
        var cards = new Lane { Id = "lan_cards", Kind = LaneKind.Thoughts, Title = LongWord };
        for (var i = 0; i < texts.Length; i++)
        {
            text.Cells[$"stp_{i}"] = new Cell { Text = texts[i] };
            cards.Cells[$"stp_{i}"] = new Cell { Cards = [new Card { Id = $"crd_{i}", Text = texts[(i + 1) % texts.Length], Tags = [Script] }] };
        }

        map.Lanes.AddRange([text, cards]);
        return map;
    }
}
