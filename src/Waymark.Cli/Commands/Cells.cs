using System.Globalization;

namespace Waymark.Cli.Commands;

/// <summary>How figures are written in tables (human) and CSV (machine), always with the invariant culture.</summary>
public static class Cells
{
    public static string Count(long value, bool human) =>
        value.ToString(human ? "N0" : "D", CultureInfo.InvariantCulture);

    public static string Percent(double fraction, bool human) => human
        ? (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : fraction.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan value, bool human)
    {
        if (!human)
        {
            return value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        }

        return value.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalDays}d {value.Hours}h")
            : value.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{value.Hours}h {value.Minutes}m")
            : value.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{value.Minutes}m {value.Seconds}s")
            : value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s";
    }
}
