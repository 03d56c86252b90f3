using Waymark.Core.Maps;
using Waymark.Render.Formats;
using Waymark.Render.Layout;
using Waymark.Render.Pages;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render;

/// <summary>
/// The one entry point of the renderer, shared by the server's export route and the CLI's export command:
/// a map and options in, a file out. Thread-safe; create it once (fonts and shapers are loaded once).
/// </summary>
public sealed class MapExporter
{
    private static readonly Lazy<MapExporter> Shared = new(() => new MapExporter(FontSet.Default, WebStyle.Instance));
    private readonly TextLayouter _text;
    private readonly WebStyle _style;
    private readonly MapLayouter _layouter;

    public MapExporter(FontSet fonts, WebStyle style)
    {
        _text = new TextLayouter(fonts);
        _style = style;
        _layouter = new MapLayouter(_text, style);
        Fonts = fonts;
    }

    /// <summary>The exporter over this machine's fonts; throws <see cref="FontsMissingException"/> without them.</summary>
    public static MapExporter Default => Shared.Value;

    public FontSet Fonts { get; }

    public MapLayout Layout(JourneyMap map, string? personaId = null, Data.MapData? data = null) =>
        _layouter.Layout(map, new LayoutOptions(personaId, data));

    public static IReadOnlyList<Page> Pages(MapLayout layout, PageMode mode) =>
        mode == PageMode.Poster ? [] : PagePlanner.Plan(layout, mode == PageMode.Letter ? PaperSize.Letter : PaperSize.A4);

    public ExportFile Export(JourneyMap map, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Format)
        {
            case ExportFormat.Csv:
                return new ExportFile(CsvWriter.Write(map, options.PersonaId), "text/csv; charset=utf-8", ".csv");
            case ExportFormat.Md:
                return new ExportFile(MarkdownWriter.Write(map, options.PersonaId), "text/markdown; charset=utf-8", ".md");
        }

        var layout = Layout(map, options.PersonaId, options.Data);
        var painter = new MapPainter(_text, _style, options.TextAsPaths);
        var date = options.Date ?? DateTimeOffset.UtcNow;
        return options.Format switch
        {
            ExportFormat.Svg => new ExportFile(new SvgWriter(Fonts).Write(layout, painter, options.TextAsPaths), "image/svg+xml", ".svg"),
            ExportFormat.Png => new ExportFile(new PngWriter(painter).Write(layout, Math.Clamp(options.Scale, 1, 3)), "image/png", ".png"),
            _ => new ExportFile(Pdf(layout, painter, options.Pages, date), "application/pdf", ".pdf"),
        };
    }

    private byte[] Pdf(MapLayout layout, MapPainter painter, PageMode mode, DateTimeOffset date)
    {
        var writer = new PdfWriter(painter, _text, _style);
        return mode == PageMode.Poster
            ? writer.Poster(layout, date)
            : writer.Paged(layout, mode == PageMode.Letter ? PaperSize.Letter : PaperSize.A4, date);
    }
}
