using System.Globalization;

namespace Waymark.Render.Data;

/// <summary>
/// How the data strip's figures read, the same as the editor's (web/src/features/mapData/overlay/format.ts):
/// counts exact below a million and short above, shares whole above 10 % and to one decimal below, durations in
/// their two largest units. Public so tests compare an export's text with the overlay's figures.
/// </summary>
public static class DataFormat
{
    private const double Minute = 60;
    private const double Hour = 60 * Minute;
    private const double Day = 24 * Hour;

    /// <summary>950, 12,034, 1.2M.</summary>
    public static string Count(long n)
    {
        if (Math.Abs(n) < 1_000_000)
        {
            return n.ToString("#,0", CultureInfo.InvariantCulture);
        }

        var (value, unit) = Math.Abs(n) < 1_000_000_000 ? (n / 1e6, "M") : (n / 1e9, "B");
        return Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>A share 0..1 as a percentage: "4.5%", "48%"; "–" when unknown.</summary>
    public static string Share(double? share)
    {
        if (share is not { } s || !double.IsFinite(s))
        {
            return "–";
        }

        var pct = s * 100;
        if (pct != 0 && Math.Abs(pct) < 10)
        {
            return Math.Round(pct, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        }

        return Math.Round(pct, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Seconds as "45 s", "12 min", "2 h 5 min", "3 d 4 h", "45 d"; "–" when unknown.</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s || !double.IsFinite(s) || s < 0)
        {
            return "–";
        }

        if (s < Minute)
        {
            return Whole(s) + " s";
        }

        if (s < Hour)
        {
            return Whole(s / Minute) + " min";
        }

        if (s < Day)
        {
            var total = (long)Math.Round(s / Minute, MidpointRounding.AwayFromZero);
            var (h, m) = (total / 60, total % 60);
            return h == 24 ? "1 d" : m == 0 ? $"{h.ToString(CultureInfo.InvariantCulture)} h" : string.Create(CultureInfo.InvariantCulture, $"{h} h {m} min");
        }

        var hours = (long)Math.Round(s / Hour, MidpointRounding.AwayFromZero);
        var (d, rest) = (hours / 24, hours % 24);
        return d >= 30 || rest == 0 ? $"{d.ToString(CultureInfo.InvariantCulture)} d" : string.Create(CultureInfo.InvariantCulture, $"{d} d {rest} h");
    }

    private static string Whole(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
