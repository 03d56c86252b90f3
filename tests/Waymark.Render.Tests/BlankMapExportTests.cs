using System.Text;
using System.Xml.Linq;
using Waymark.Core.Maps;
using Waymark.Render.Formats;

namespace Waymark.Render.Tests;

/// <summary>
/// A map just made with New map has no stage and no step (a blueprint has lanes only): every format still exports it,
/// as a grid of lane titles, instead of failing (it answered 500 through the export route).
/// </summary>
public sealed class BlankMapExportTests
{
    public static TheoryData<MapKind, ExportFormat, PageMode> Cases()
    {
        var cases = new TheoryData<MapKind, ExportFormat, PageMode>();
        foreach (var kind in new[] { MapKind.CurrentState, MapKind.ServiceBlueprint })
        {
            cases.Add(kind, ExportFormat.Pdf, PageMode.Poster);
            cases.Add(kind, ExportFormat.Pdf, PageMode.A4);
            cases.Add(kind, ExportFormat.Svg, PageMode.Poster);
            cases.Add(kind, ExportFormat.Png, PageMode.Poster);
            cases.Add(kind, ExportFormat.Csv, PageMode.Poster);
            cases.Add(kind, ExportFormat.Md, PageMode.Poster);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_BlankMap_GivesAFileOfItsFormat(MapKind kind, ExportFormat format, PageMode pages)
    {
        var map = BlankMaps.Create(kind);

        var file = MapExporter.Default.Export(map, new ExportOptions(format, pages, Scale: 1)).Content;

        Assert.NotEmpty(file);
        switch (format)
        {
            case ExportFormat.Pdf:
                var info = Tools.OnFile(file, ".pdf", "pdfinfo", "{file}");
                Assert.Contains("Pages:", info, StringComparison.Ordinal);
                break;
            case ExportFormat.Svg:
                var svg = XDocument.Parse(Encoding.UTF8.GetString(file));
                var texts = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
                foreach (var lane in map.Lanes)
                {
                    Assert.Contains(lane.Title.Split(' ')[0], texts, StringComparison.Ordinal);
                }

                break;
            case ExportFormat.Png:
                var layout = MapExporter.Default.Layout(map);
                PngCheck.Verify(file, (int)Math.Ceiling(layout.Width), (int)Math.Ceiling(layout.Height));
                break;
        }
    }
}
