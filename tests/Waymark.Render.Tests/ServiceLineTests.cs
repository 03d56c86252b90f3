using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Waymark.Render.Formats;
using Waymark.Render.Layout;

namespace Waymark.Render.Tests;

/// <summary>
/// A blueprint's three lines on paper as in the editor (web serviceLines.test.ts holds the same cases): each drawn
/// only where lanes on both its sides are on the map.
/// </summary>
public sealed class ServiceLineTests
{
    private static readonly DateTimeOffset Date = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Above_FullBlueprint_DrawsAllThreeLinesBetweenTheRightLanes()
    {
        var lines = ServiceLines.Above([LaneKind.Touchpoints, LaneKind.Actions, LaneKind.Frontstage, LaneKind.Backstage, LaneKind.SupportProcesses]);

        Assert.Equal([2, 3, 4], lines.Keys.Order());
        Assert.Equal([ServiceLine.Interaction], lines[2]);
        Assert.Equal([ServiceLine.Visibility], lines[3]);
        Assert.Equal([ServiceLine.InternalInteraction], lines[4]);
    }

    [Fact]
    public void Above_PlainJourneyMap_DrawsNoLine()
    {
        Assert.Empty(ServiceLines.Above([LaneKind.Actions, LaneKind.Thoughts, LaneKind.EmotionCurve]));
    }

    [Fact]
    public void Above_LanesOnOneSideOnly_DrawsOnlyTheLinesWithBothSides()
    {
        Assert.Equal([ServiceLine.Visibility], Assert.Single(ServiceLines.Above([LaneKind.Frontstage, LaneKind.SupportProcesses])).Value);
        Assert.Equal([ServiceLine.Interaction], Assert.Single(ServiceLines.Above([LaneKind.Actions, LaneKind.Frontstage])).Value);
        Assert.Empty(ServiceLines.Above([LaneKind.Backstage, LaneKind.Actions]));
    }

    [Fact]
    public void Above_FrontstageBelowTheBackstage_KeepsOnlyTheLineOfVisibility()
    {
        var line = Assert.Single(ServiceLines.Above([LaneKind.Actions, LaneKind.Backstage, LaneKind.Frontstage]));

        Assert.Equal(1, line.Key);
        Assert.Equal([ServiceLine.Visibility], line.Value);
    }

    [Fact]
    public void Pdf_ServiceBlueprintTemplate_NamesAllThreeLines()
    {
        var map = TemplateLibrary.Find("service-blueprint")!.Create();

        var pdf = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Pdf, PageMode.Poster, Date: Date)).Content;
        var text = Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-");

        Assert.Contains("LINE OF INTERACTION", text, StringComparison.Ordinal);
        Assert.Contains("LINE OF VISIBILITY", text, StringComparison.Ordinal);
        Assert.Contains("LINE OF INTERNAL INTERACTION", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ServiceBlueprint_GivesEachLineItsOwnBandAboveItsLane()
    {
        var map = TemplateLibrary.Find("service-blueprint")!.Create();

        var layout = MapExporter.Default.Layout(map);

        foreach (var lane in layout.Lanes)
        {
            Assert.Equal(lane.LinesAbove.Count * MapLayout.ServiceLineBand, lane.Y - lane.Top);
        }

        Assert.Equal(3, layout.Lanes.Sum(l => l.LinesAbove.Count));
    }
}
