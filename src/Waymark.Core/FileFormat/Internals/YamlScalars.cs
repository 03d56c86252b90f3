namespace Waymark.Core.FileFormat.Internals;

/// <summary>Decides when a string can be written as a plain YAML scalar and still read back as the same string.</summary>
internal static class YamlScalars
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`.<=+";

    /// <summary>
    /// Deliberately conservative: besides the YAML 1.2 core schema it also avoids what YAML 1.1 readers would turn
    /// into booleans, dates or sexagesimal numbers, so files read the same in other tools.
    /// </summary>
    public static bool CanBePlain(string value)
    {
        if (value.Length == 0 || Indicators.Contains(value[0], StringComparison.Ordinal) || char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        if (value[0] == ' ' || value[^1] == ' ' || value[^1] == ':')
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        return AllCharactersPlain(value) && YamlCoreSchema.Resolve(value) == DocKind.String && !IsYaml11Word(value);
    }

    private static bool AllCharactersPlain(string value)
    {
        foreach (var c in value)
        {
            var printableAscii = c >= 0x20 && c < 0x7F;
            var safeUnicode = c >= 0xA0 && c is not ('\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF');
            if (!(printableAscii || safeUnicode))
            {
                return false;
            }
        }

        // Only the quoted writer replaces lone surrogates, so they must take that path.
        return !HasLoneSurrogate(value);
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYaml11Word(string value) => value.ToUpperInvariant() is
        "Y" or "N" or "YES" or "NO" or "ON" or "OFF" or "TRUE" or "FALSE" or "NULL" or "~";
}
