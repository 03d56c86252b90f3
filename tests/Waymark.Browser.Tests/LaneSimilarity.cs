using SkiaSharp;

namespace Waymark.Browser.Tests;

/// <summary>
/// How alike two pictures of one lane are, after shrinking both to the same small size, 12 times smaller (so fonts,
/// line breaks and a few pixels' shift do not count, where the cards and text blocks sit does): <c>Colour</c> is 1 − the mean difference of the RGB channels (tints, cards,
/// their places), <c>Shape</c> the correlation of the brightness (where the ink is); 1 is the same.
/// </summary>
internal static class LaneSimilarity
{
    public const int Shrink = 12;

    public static (double Colour, double Shape) Compare(SKBitmap a, SKRectI inA, SKBitmap b, SKRectI inB)
    {
        var size = new SKImageInfo(Math.Max(1, inB.Width / Shrink), Math.Max(1, inB.Height / Shrink), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var small1 = Small(a, inA, size);
        using var small2 = Small(b, inB, size);
        double diff = 0;
        var (l1, l2) = (new double[size.Width * size.Height], new double[size.Width * size.Height]);
        for (var y = 0; y < size.Height; y++)
        {
            for (var x = 0; x < size.Width; x++)
            {
                var (p, q) = (small1.GetPixel(x, y), small2.GetPixel(x, y));
                diff += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
                l1[(y * size.Width) + x] = (0.299 * p.Red) + (0.587 * p.Green) + (0.114 * p.Blue);
                l2[(y * size.Width) + x] = (0.299 * q.Red) + (0.587 * q.Green) + (0.114 * q.Blue);
            }
        }

        return (1 - (diff / (3 * 255.0 * l1.Length)), Correlation(l1, l2));
    }

    private static SKBitmap Small(SKBitmap source, SKRectI crop, SKImageInfo size)
    {
        using var part = new SKBitmap();
        if (!source.ExtractSubset(part, crop))
        {
            throw new InvalidOperationException($"crop {crop} is outside the {source.Width}x{source.Height} picture");
        }

        return part.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidOperationException("resize failed");
    }

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        double cov = 0, va = 0, vb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }

        return va == 0 || vb == 0 ? (va == vb ? 1 : 0) : cov / Math.Sqrt(va * vb);
    }
}
