using System.Globalization;

namespace Waymark.Render.Report;

/// <summary>
/// How figures read in a report: the same rules as the editor's overlay (web/src/features/mapData/overlay/format.ts),
/// so a count, a share or a wait is written the same on screen and on paper.
/// </summary>
internal static class Figures
{
    private const double Minute = 60;
    private const double Hour = 60 * Minute;
    private const double Day = 24 * Hour;

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share 0..1 as a percentage: one decimal under 10 % (4.5%), whole above (48%); "–" when unknown.</summary>
    public static string Share(double? share)
    {
        if (share is not { } s || !double.IsFinite(s))
        {
            return "–";
        }

        var pct = s * 100;
        return pct != 0 && Math.Abs(pct) < 10
            ? Math.Round(pct, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : Math.Round(pct, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Seconds as the two largest units people use: "45 s", "12 min", "2 h 5 min", "3 d 4 h"; "–" when unknown.</summary>
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
            var minutes = Math.Round(s / Minute);
            var (h, m) = ((long)(minutes / 60), (long)(minutes % 60));
            return h == 24 ? "1 d" : m == 0 ? Whole(h) + " h" : Whole(h) + " h " + Whole(m) + " min";
        }

        var hours = Math.Round(s / Hour);
        var (d, rest) = ((long)(hours / 24), (long)(hours % 24));
        return rest == 0 || d >= 30 ? Whole(d) + " d" : Whole(d) + " d " + Whole(rest) + " h";
    }

    /// <summary>A score on the emotion scale: whole numbers as they are, measured means to one decimal.</summary>
    public static string Score(double? score) =>
        score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : "–";

    public static string Date(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string Whole(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
