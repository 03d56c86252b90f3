using System.Globalization;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Numbers as files write them: invariant culture, no exponent, no trailing zeros.</summary>
internal static class NumberText
{
    private const string DecimalFormat = "0.############################";

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal value)
    {
        var text = value.ToString(DecimalFormat, CultureInfo.InvariantCulture);

        // decimal keeps a sign on zero ("-0.00"); one canonical zero keeps equal values byte-identical.
        return text == "-0" ? "0" : text;
    }

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
