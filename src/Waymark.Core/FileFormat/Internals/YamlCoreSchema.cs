using System.Text.RegularExpressions;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// How a plain (unquoted) YAML scalar resolves under the YAML 1.2 core schema: null, boolean, number or string.
/// </summary>
internal static partial class YamlCoreSchema
{
    public static DocKind Resolve(string plain)
    {
        if (plain is "" or "~" or "null" or "Null" or "NULL")
        {
            return DocKind.Null;
        }

        if (plain is "true" or "True" or "TRUE")
        {
            return DocKind.True;
        }

        if (plain is "false" or "False" or "FALSE")
        {
            return DocKind.False;
        }

        return IsNumber(plain) ? DocKind.Number : DocKind.String;
    }

    public static bool IsNumber(string plain) =>
        DecimalInt().IsMatch(plain) || OctalInt().IsMatch(plain) || HexInt().IsMatch(plain) ||
        Float().IsMatch(plain) || Special().IsMatch(plain);

    public static bool IsOctal(string plain) => OctalInt().IsMatch(plain);

    public static bool IsHex(string plain) => HexInt().IsMatch(plain);

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Special();
}
