using Waymark.Core.Templates;
using Waymark.Render.Formats;

namespace Waymark.Render.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Export_Template_WritesFiles()
    {
        var map = TemplateLibrary.Find("service-blueprint")!.Create();
        Directory.CreateDirectory("/tmp/export-smoke");
        foreach (var (format, pages, name) in new[] { (ExportFormat.Pdf, PageMode.A4, "a4.pdf"), (ExportFormat.Pdf, PageMode.Poster, "poster.pdf"), (ExportFormat.Svg, PageMode.Poster, "map.svg"), (ExportFormat.Png, PageMode.Poster, "map.png"), (ExportFormat.Csv, PageMode.Poster, "map.csv"), (ExportFormat.Md, PageMode.Poster, "map.md") })
        {
            var file = MapExporter.Default.Export(map, new ExportOptions(format, pages, 1));
            File.WriteAllBytes("/tmp/export-smoke/" + name, file.Content);
        }
    }
}
