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

        using var bitmap = new SKBitmap(new SKImageInfo(Math.Max(1, width), Math.Max(1, height), SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Paint(bitmap, layout, scale);
        using var pixmap = bitmap.PeekPixels();
        return PngEncoder.Encode(pixmap);
    }

    /// <summary>Paints the picture in bands of rows, one per core: each band is a canvas over its part of the pixels.</summary>
    private void Paint(SKBitmap bitmap, MapLayout layout, int scale)
    {
        var bands = Math.Clamp(bitmap.Height / 256, 1, Math.Max(1, Environment.ProcessorCount));
        Parallel.For(0, bands, band =>
        {
            var top = bitmap.Height * band / bands;
            var bottom = bitmap.Height * (band + 1) / bands;
            using var part = new SKBitmap();
            if (!bitmap.ExtractSubset(part, new SKRectI(0, top, bitmap.Width, bottom)))
            {
                throw new InvalidOperationException("could not address a band of the picture");
            }

            using var canvas = new SKCanvas(part);
            canvas.Translate(0, -top);
            canvas.Scale(scale);
            painter.PaintPoster(canvas, layout);
        });
    }
}
