using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace Waymark.Render.Text;

/// <summary>
/// HarfBuzz shaping of one face. Discretionary ligatures (fi, fl, ffi) are turned off: a ligature glyph has no
/// single character behind it, so PDF search and SVG text would lose the letters it joins. Required ligatures
/// (Arabic lam-alef) stay, and so do the colour emoji face's sequences (family, skin tones).
/// </summary>
internal sealed class Shaper : IDisposable
{
    private const int Units = 512;
    private static readonly Feature[] NoLigatures = [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0")];
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Font _font;
    private readonly Feature[] _features;

    public Shaper(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        _blob = stream.ToHarfBuzzBlob();
        _face = new Face(_blob, index) { UnitsPerEm = typeface.UnitsPerEm };
        _font = new Font(_face);
        _font.SetScale(Units, Units);
        _font.SetFunctionsOpenType();
        _features = typeface.FamilyName.Contains("Emoji", StringComparison.Ordinal) ? [] : NoLigatures;
    }

    public (ushort[] Glyphs, SKPoint[] Points, float Width) Shape(string text, float size)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _font.Shape(buffer, _features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var k = size / Units;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(x + (positions[i].XOffset * k), -positions[i].YOffset * k);
            x += positions[i].XAdvance * k;
        }

        return (glyphs, points, x);
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
