using System.Text;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Waymark.Render.Formats;
using Waymark.Render.Report;

namespace Waymark.Render.Tests.Report;

/// <summary>Evidence cited on cards: the exported map shows each card's count, the report lists what is cited (as text).</summary>
public sealed class CitedEvidenceTests
{
    private const string Quote = "<script>alert(1)</script> The card form came before I saw anything";

    [Fact]
    public void Svg_CardWithCitations_ShowsItsCount()
    {
        var svg = Encoding.UTF8.GetString(MapExporter.Default.Export(Cited(), new ExportOptions(ExportFormat.Svg)).Content);

        Assert.Contains("evidence 2", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_MapWithCitations_ListsThemAsText()
    {
        var html = Encoding.UTF8.GetString(StakeholderReport.Default.Write(ReportSamples.Offline(Cited()), ReportFormat.Html).Content);

        var document = ReportHtml.Parse(html);
        var table = document.QuerySelector("table[data-table=cited-evidence]");
        Assert.NotNull(table);
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("“" + Quote + "”", table.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("table[data-table=cited-evidence] script"));
    }

    [Fact]
    public void Html_MapWithoutCitations_HasNoEvidenceTable()
    {
        var html = Encoding.UTF8.GetString(StakeholderReport.Default.Write(ReportSamples.Offline(TemplateLibrary.Find("saas-trial")!.Create()), ReportFormat.Html).Content);

        Assert.Null(ReportHtml.Parse(html).QuerySelector("table[data-table=cited-evidence]"));
    }

    private static JourneyMap Cited()
    {
        var map = TemplateLibrary.Find("saas-trial")!.Create();
        var pain = map.Lanes.First(l => l.Kind == LaneKind.PainPoints).Cells.Values.First(c => c.PainPoints.Count > 0).PainPoints[0];
        pain.Citations =
        [
            new Citation { Id = "cit_1", Kind = CitationKind.Quote, Text = Quote, FeedbackId = "fb_1", Source = "review" },
            new Citation { Id = "cit_2", Kind = CitationKind.Figure, Text = "Signs up: 1,204 customers", Metric = "customers", Value = 1204,
                From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30) },
        ];
        return map;
    }
}
