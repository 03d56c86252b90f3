using SkiaSharp;
using Waymark.Render.Layout;
using Waymark.Render.Paint;

namespace Waymark.Render.Formats;

/// <summary>The poster as a PNG at 1, 2 or 3 pixels per map pixel (crisp text on high-density screens and slides).</summary>
internal sealed class PngWriter(MapPainter painter)
{
    /// <summary>About 1 GB of pixels in memory at most; a bigger map is better served by PDF or SVG.</summary>
    public const long MaxPixels = 250_000_000;

    public static (int Width, int Height) SizeOf(MapLayout layout, int scale) =>
        ((int)Math.Ceiling(layout.Width * scale), (int)Math.Ceiling(layout.Height * scale));

    public byte[] Write(MapLayout layout, int scale)
    {
        var (width, height) = SizeOf(layout, scale);
        if ((long)width * height > MaxPixels || width > 32000 || height > 32000)
        {
            throw new ExportTooLargeException(
                $"A PNG of this map at {scale}x would be {width} x {height} pixels; export it as PDF or SVG, or at a smaller scale.");
        }

        using var bitmap = new SKBitmap(new SKImageInfo(Math.Max(1, width), Math.Max(1, height), SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Scale(scale);
            painter.PaintPoster(canvas, layout);
        }

        using var stream = new MemoryStream();
        // Light compression: mostly flat colour compresses well anyway, and the default level triples the time.
        var options = new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3);
        using var pixmap = bitmap.PeekPixels();
        using var wstream = new SKManagedWStream(stream);
        if (!pixmap.Encode(wstream, options))
        {
            throw new InvalidOperationException("PNG encoding failed");
        }

        wstream.Flush();
        return stream.ToArray();
    }
}
