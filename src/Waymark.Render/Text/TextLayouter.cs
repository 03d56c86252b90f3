using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;

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
    private readonly ConcurrentDictionary<SKTypeface, Shaper> _shapers = new();
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

    /// <summary>The width of a line of text as it will be drawn (shaped, so wrapping and drawing always agree).</summary>
    public float Measure(string text, float size, bool bold)
    {
        var width = 0f;
        foreach (var run in Runs.Split(text, fonts, bold))
        {
            width += ShaperOf(run.Face).Shape(run.Text, size).Width;
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
            var (glyphs, points, width) = ShaperOf(run.Face).Shape(run.Text, size);
            shaped.Add(new GlyphRun(run.Face, glyphs, points, width, x));
            x += width;
        }

        return new TextLine(text, x, shaped, rtl);
    }

    internal SKFont FontOf(SKTypeface face, float size) =>
        _fonts.GetOrAdd((face, size), key => new SKFont(key.Face, key.Size) { Subpixel = true, Edging = SKFontEdging.Antialias });

    private Shaper ShaperOf(SKTypeface face) => _shapers.GetOrAdd(face, f => new Shaper(f));

    private void Wrap(string paragraph, float size, bool bold, float max, List<string> into)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            // The candidate line is measured whole (kerning and shaping across words), never as a sum of words.
            if (line.Length == 0 ? Measure(word, size, bold) <= max : Measure(line + " " + word, size, bold) <= max)
            {
                line.Append(line.Length == 0 ? "" : " ").Append(word);
                continue;
            }

            if (line.Length > 0)
            {
                into.Add(line.ToString());
                line.Clear();
            }

            if (Measure(word, size, bold) <= max)
            {
                line.Append(word);
                continue;
            }

            BreakLongWord(word, size, bold, max, into, line);
        }

        into.Add(line.ToString());
    }

    /// <summary>Puts a word wider than the line on as many lines as it needs, cut between graphemes.</summary>
    private void BreakLongWord(string word, float size, bool bold, float max, List<string> into, StringBuilder line)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (line.Length > 0 && Measure(line + element, size, bold) > max)
            {
                into.Add(line.ToString());
                line.Clear();
            }

            line.Append(element);
        }
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

}
