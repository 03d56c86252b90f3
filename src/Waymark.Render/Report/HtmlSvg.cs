using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Waymark.Render.Report;

/// <summary>
/// Skia's SVG made fit to sit inside an HTML page: no XML declaration, no namespace URLs (the HTML parser knows
/// what an svg element is), a viewBox so print can scale it, and ids prefixed so two pictures' clip paths never meet.
/// </summary>
internal static partial class HtmlSvg
{
    public static string Draw(float width, float height, Action<SKCanvas> paint, string prefix)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(SKRect.Create(0, 0, width, height), managed);
            paint(canvas);
        }

        return Inline(Encoding.UTF8.GetString(stream.ToArray()), prefix, width, height);
    }

    public static string Inline(string svg, string prefix, float width, float height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start < 0 ? "" : svg[start..];
        svg = svg.Replace(" xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal)
            .Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        svg = Ids().Replace(svg, m => m.Groups[1].Value + prefix + "-");
        var box = " viewBox=\"0 0 " + width.ToString("0.##", CultureInfo.InvariantCulture) + " " + height.ToString("0.##", CultureInfo.InvariantCulture)
            + "\" role=\"img\"";
        return svg.Contains("viewBox=", StringComparison.Ordinal) ? svg : svg.Insert(4, box);
    }

    [GeneratedRegex("(id=\"|url\\(#|href=\"#)")]
    private static partial Regex Ids();
}
