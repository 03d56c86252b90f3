using System.Globalization;
using Waymark.Render.Data;

namespace Waymark.Render.Report;

/// <summary>
/// How figures read in a report: the same rules as the editor's overlay (web/src/features/mapData/overlay/format.ts),
/// so a count, a share or a wait is written the same on screen and on paper.
/// </summary>
internal static class Figures
{
    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share as the editor and the export's data strip write it (<see cref="DataFormat.Share"/>).</summary>
    public static string Share(double? share) => DataFormat.Share(share);

    /// <summary>A wait as the editor and the export's data strip write it (<see cref="DataFormat.Duration"/>).</summary>
    public static string Duration(double? seconds) => DataFormat.Duration(seconds);

    /// <summary>A score on the emotion scale: whole numbers as they are, measured means to one decimal.</summary>
    public static string Score(double? score) =>
        score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : "–";

    public static string Date(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";
}
