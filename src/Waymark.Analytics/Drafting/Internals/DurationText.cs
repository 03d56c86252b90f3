using System.Globalization;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>Short durations for people: "45 s", "12 min", "3 h", "2 days".</summary>
internal static class DurationText
{
    public static string Of(TimeSpan t) => t.TotalSeconds switch
    {
        < 60 => Format(t.TotalSeconds, "s"),
        < 3600 => Format(t.TotalMinutes, "min"),
        < 86_400 => Format(t.TotalHours, "h"),
        _ => Format(t.TotalDays, Math.Round(t.TotalDays) == 1 ? "day" : "days"),
    };

    private static string Format(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value):0} {unit}");
}
