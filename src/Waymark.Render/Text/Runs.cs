using System.Text;
using SkiaSharp;

namespace Waymark.Render.Text;

/// <summary>
/// Cuts a line into runs that one face draws in one direction. Neutral characters (spaces, digits, punctuation)
/// and joiners stay with the run before them, which is enough for a line in one script or a right-to-left phrase
/// among left-to-right words; the line reads in the direction of its first strong character.
/// </summary>
internal static class Runs
{
    public static List<Run> Split(string text, FontSet fonts, bool bold)
    {
        var runs = new List<Run>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        bool? rtl = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var joins = face is not null && Joins(rune);
            var runeFace = joins ? face! : fonts.FaceFor(rune.Value, bold);
            var strong = Direction(rune);
            var breaks = current.Length > 0 && (runeFace != face || (strong is not null && rtl is not null && strong != rtl));
            if (breaks)
            {
                runs.Add(new Run(current.ToString(), face!, rtl ?? false));
                current.Clear();
                rtl = null;
            }

            face = runeFace;
            rtl ??= strong;
            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            runs.Add(new Run(current.ToString(), face!, rtl ?? false));
        }

        return runs;
    }

    /// <summary>Marks that belong to the character before them: combining marks, joiners, variation selectors, skin tones.</summary>
    private static bool Joins(Rune rune)
    {
        var v = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            || v is 0x200D or 0x200C || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F);
    }

    /// <summary>true for a right-to-left letter (Hebrew, Arabic, Syriac, Thaana...), false for any other letter, null for neutrals.</summary>
    private static bool? Direction(Rune rune)
    {
        var v = rune.Value;
        if ((v >= 0x0590 && v <= 0x08FF) || (v >= 0xFB1D && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFF) || (v >= 0x10800 && v <= 0x10FFF))
        {
            return Rune.IsLetter(rune) ? true : null;
        }

        return Rune.IsLetter(rune) ? false : null;
    }

    internal readonly record struct Run(string Text, SKTypeface Face, bool RightToLeft);
}
