using System.Text;
using AngleSharp.Html.Parser;
using Waymark.Core.Templates;
using Waymark.Render.Report;

namespace Waymark.Render.Tests.Report;

/// <summary>The stakeholder report of every template, as PDF (read back with poppler) and as HTML (parsed as a browser would).</summary>
public sealed class StakeholderReportTests
{
    public static TheoryData<string> Templates => [.. TemplateLibrary.All.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdf_Template_HoldsEverySectionStepTitleQuoteIdeaAndComment(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var input = ReportSamples.WithData(map);

        var pdf = StakeholderReport.Default.Write(input, ReportFormat.Pdf).Content;

        var text = MapTexts.Squeeze(Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"));
        IEnumerable<string> expected = [.. StakeholderReport.Headings(input), "Contents", .. MapTexts.StepTitles(map), ReportSamples.QuoteText,
            .. ReportSamples.IdeaTexts(map).Take(3), "Can we test this with five customers first?", map.Name];
        foreach (var want in expected)
        {
            Assert.True(text.Contains(MapTexts.Squeeze(want), StringComparison.Ordinal), $"report PDF of {template} lacks: {want}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdf_Template_EmbedsEveryFont(string template)
    {
        var pdf = StakeholderReport.Default.Write(ReportSamples.WithData(TemplateLibrary.Find(template)!.Create()), ReportFormat.Pdf).Content;

        var rows = Tools.OnFile(pdf, ".pdf", "pdffonts", "{file}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5] == "yes", $"not embedded: {row}"));
    }

    [Fact]
    public void Pdf_Offline_EveryDataSectionSaysNoDataBound()
    {
        var map = TemplateLibrary.Find("saas-trial")!.Create();

        var pdf = StakeholderReport.Default.Write(ReportSamples.Offline(map), ReportFormat.Pdf).Content;

        var pages = Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-").Split('\f');
        var note = "No data bound";
        Assert.Contains(pages, p => p.Contains(ReportComposer.Curve, StringComparison.Ordinal) && p.Contains(note, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains(ReportComposer.Funnel, StringComparison.Ordinal) && p.Contains(note, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains(ReportComposer.Hurts, StringComparison.Ordinal) && p.Contains(note, StringComparison.Ordinal));
        Assert.DoesNotContain(ReportComposer.Comments, string.Concat(pages), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Contents_GivesThePageEachSectionStartsOn()
    {
        var map = TemplateLibrary.Find("service-blueprint")!.Create();
        var input = ReportSamples.WithData(map);

        var pages = Tools.OnFile(StakeholderReport.Default.Write(input, ReportFormat.Pdf).Content, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-")
            .Split('\f');

        var contents = pages[1].Split('\n');
        var headings = StakeholderReport.Headings(input);
        for (var i = 0; i < headings.Count; i++)
        {
            var line = contents.First(l => l.Contains(headings[i], StringComparison.Ordinal));
            var page = int.Parse(line.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(MapTexts.Squeeze(number + headings[i]), MapTexts.Squeeze(pages[page - 1]), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Html_Template_ParsesIsSelfContainedAndHoldsEverySection(string template)
    {
        var map = TemplateLibrary.Find(template)!.Create();
        var input = ReportSamples.WithData(map);

        var html = Encoding.UTF8.GetString(StakeholderReport.Default.Write(input, ReportFormat.Html).Content);

        var document = ReportHtml.Parse(html);
        ReportHtml.AssertSelfContained(html, document);
        var text = document.Body!.TextContent;
        foreach (var want in StakeholderReport.Headings(input).Concat(MapTexts.StepTitles(map)).Append(ReportSamples.QuoteText))
        {
            Assert.Contains(want, text, StringComparison.Ordinal);
        }

        Assert.Single(document.QuerySelectorAll("figure.map svg"));
        Assert.Equal(map.AllSteps().Count(), document.QuerySelectorAll("table[data-table=funnel] tbody tr").Length);
    }

    [Fact]
    public void Html_Offline_SaysNoDataBoundAndHasNoComments()
    {
        var map = TemplateLibrary.Find("saas-trial")!.Create();

        var document = ReportHtml.Parse(Encoding.UTF8.GetString(StakeholderReport.Default.Write(ReportSamples.Offline(map), ReportFormat.Html).Content));

        Assert.Equal(3, document.QuerySelectorAll("#curve .note, #funnel .note, #hurts .note").Count(n => n.TextContent.StartsWith("No data bound", StringComparison.Ordinal)));
        Assert.Null(document.GetElementById("comments"));
    }

    [Fact]
    public void Write_MapWithoutStagesOrSteps_SaysThereIsNoMapToDraw()
    {
        var map = new Waymark.Core.Maps.JourneyMap { Id = "map_empty", Name = "Empty" };
        foreach (var stages in new[] { 0, 1 })
        {
            if (stages == 1)
            {
                map.Stages.Add(new Waymark.Core.Maps.Stage { Id = "stg_1", Name = "Only a stage" });
            }

            var pdf = StakeholderReport.Default.Write(ReportSamples.Offline(map), ReportFormat.Pdf).Content;
            var html = Encoding.UTF8.GetString(StakeholderReport.Default.Write(ReportSamples.Offline(map), ReportFormat.Html).Content);

            Assert.Contains("The map has no steps or lanes yet.", Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"), StringComparison.Ordinal);
            Assert.Contains("The map has no steps or lanes yet.", html, StringComparison.Ordinal);
        }
    }
}
