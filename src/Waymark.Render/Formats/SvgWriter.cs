using System.Text;
using SkiaSharp;
using Waymark.Render.Layout;
using Waymark.Render.Paint;
using Waymark.Render.Text;

namespace Waymark.Render.Formats;

/// <summary>
/// A self-contained SVG through Skia's SVG canvas: no external reference at all. Text stays text and the faces it
/// uses are embedded as data: fonts in a style element (browsers and Inkscape draw it the same everywhere), or the
/// text is drawn as outlines on request (for tools that ignore embedded fonts, such as office suites).
/// </summary>
internal sealed class SvgWriter(FontSet fonts)
{
    public byte[] Write(MapLayout layout, MapPainter painter, bool textAsPaths)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(SKRect.Create(0, 0, layout.Width, layout.Height), managed);
            painter.PaintPoster(canvas, layout);
        }

        var svg = Encoding.UTF8.GetString(stream.ToArray());
        return Encoding.UTF8.GetBytes(textAsPaths ? svg : EmbedFonts(svg));
    }

    private string EmbedFonts(string svg)
    {
        var rootEnd = svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal)) + 1;
        if (rootEnd <= 0)
        {
            return svg;
        }

        var style = new StringBuilder("<style>");
        foreach (var (face, path) in fonts.Files)
        {
            var family = face.FamilyName;
            if (!svg.Contains("font-family=\"" + family, StringComparison.Ordinal) || face.FamilyName.Contains("Emoji", StringComparison.Ordinal))
            {
                continue;
            }

            var weight = face.FontWeight >= (int)SKFontStyleWeight.Bold ? "bold" : "normal";
            style.Append("@font-face{font-family:'").Append(family).Append("';font-weight:").Append(weight)
                .Append(";src:url(data:font/ttf;base64,").Append(Convert.ToBase64String(File.ReadAllBytes(path))).Append(") format('truetype');}");
        }

        style.Append("</style>");
        return svg.Insert(rootEnd, style.ToString());
    }
}
