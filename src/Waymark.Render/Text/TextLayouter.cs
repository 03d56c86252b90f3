using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Waymark.Render.Text;

/// <summary>
/// Wraps text to a width and shapes it with HarfBuzz, one run per face and direction, so Arabic and Hebrew join
/// and read right to left, CJK and emoji come from their fallback faces, and a word longer than the line breaks
/// between graphemes instead of running out of its card. Lines past <c>maxLines</c> end in an ellipsis.
/// Thread-safe: the server renders several exports at once.
/// </summary>
public sealed class TextLayouter(FontSet fonts)
{
    private const string Ellipsis = "\u2026";
    private readonly ConcurrentDictionary<SKTypeface, SKShaper> _shapers = new();
    private readonly ConcurrentDictionary<(SKTypeface Face, float Size), SKFont> _fonts = new();

    public FontSet Fonts => fonts;

    public TextBlock Layout(string? text, float size, bool bold, float maxWidth, int maxLines = 30, float lineHeight = 1.4f)
    {
        if (string.IsNullOrEmpty(text))
        {
            return TextBlock.Empty;
        }

        var wrapped = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            Wrap(paragraph.Replace('\t', ' '), size, bold, maxWidth, wrapped);
        }

        if (wrapped.Count > maxLines)
        {
            wrapped.RemoveRange(maxLines, wrapped.Count - maxLines);
            wrapped[^1] = Shorten(wrapped[^1], size, bold, maxWidth);
        }

        var lines = new List<TextLine>(wrapped.Count);
        foreach (var line in wrapped)
        {
            lines.Add(Shape(line, size, bold));
        }

        return new TextBlock(text, size, bold, MathF.Round(size * lineHeight), lines);
    }

    /// <summary>The width of a line of text as it would be drawn.</summary>
    public float Measure(string text, float size, bool bold)
    {
        if (IsPlainLatin(text))
        {
            return FontOf(bold ? fonts.Bold : fonts.Regular, size).MeasureText(text);
        }

        var width = 0f;
        foreach (var run in Runs.Split(text, fonts, bold))
        {
            width += ShaperOf(run.Face).Shape(run.Text, FontOf(run.Face, size)).Width;
        }

        return width;
    }

    public TextLine Shape(string text, float size, bool bold)
    {
        var runs = Runs.Split(text, fonts, bold);
        var rtl = runs.Count > 0 && runs[0].RightToLeft;
        var shaped = new List<GlyphRun>(runs.Count);
        var order = rtl ? Enumerable.Range(0, runs.Count).Reverse() : Enumerable.Range(0, runs.Count);
        var x = 0f;
        foreach (var i in order)
        {
            var run = runs[i];
            var result = ShaperOf(run.Face).Shape(run.Text, FontOf(run.Face, size));
            var glyphs = new ushort[result.Codepoints.Length];
            for (var g = 0; g < glyphs.Length; g++)
            {
                glyphs[g] = (ushort)result.Codepoints[g];
            }

            shaped.Add(new GlyphRun(run.Face, glyphs, result.Points, result.Width, x));
            x += result.Width;
        }

        return new TextLine(text, x, shaped, rtl);
    }

    internal SKFont FontOf(SKTypeface face, float size) =>
        _fonts.GetOrAdd((face, size), key => new SKFont(key.Face, key.Size) { Subpixel = true, Edging = SKFontEdging.Antialias });

    private SKShaper ShaperOf(SKTypeface face) => _shapers.GetOrAdd(face, f => new SKShaper(f));

    private void Wrap(string paragraph, float size, bool bold, float max, List<string> into)
    {
        var space = Measure(" ", size, bold);
        var line = new StringBuilder();
        var width = 0f;
        foreach (var word in paragraph.Split(' '))
        {
            var w = Measure(word, size, bold);
            if (line.Length == 0 ? w <= max : width + space + w <= max)
            {
                width += line.Length == 0 ? w : space + w;
                line.Append(line.Length == 0 ? "" : " ").Append(word);
                continue;
            }

            if (line.Length > 0)
            {
                into.Add(line.ToString());
                line.Clear();
                width = 0;
            }

            if (w <= max)
            {
                line.Append(word);
                width = w;
                continue;
            }

            width = BreakLongWord(word, size, bold, max, into, line);
        }

        into.Add(line.ToString());
    }

    /// <summary>Puts a word wider than the line on as many lines as it needs, cut between graphemes.</summary>
    private float BreakLongWord(string word, float size, bool bold, float max, List<string> into, StringBuilder line)
    {
        var width = 0f;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var w = Measure(element, size, bold);
            if (line.Length > 0 && width + w > max)
            {
                into.Add(line.ToString());
                line.Clear();
                width = 0;
            }

            line.Append(element);
            width += w;
        }

        return width;
    }

    private string Shorten(string line, float size, bool bold, float max)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        while (elements.Count > 0 && Measure(string.Concat(elements) + Ellipsis, size, bold) > max)
        {
            elements.RemoveAt(elements.Count - 1);
        }

        return string.Concat(elements).TrimEnd() + Ellipsis;
    }

    private static bool IsPlainLatin(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x250)
            {
                return false;
            }
        }

        return true;
    }
}
