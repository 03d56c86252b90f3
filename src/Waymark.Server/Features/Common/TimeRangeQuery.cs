using System.Globalization;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Common;

/// <summary>The optional from/to of an evidence query (overlay, paths): ISO 8601 instants (no zone = UTC), from before to.</summary>
internal static class TimeRangeQuery
{
    public static (DateTimeOffset? From, DateTimeOffset? To, List<MapProblem> Problems) Parse(string? from, string? to)
    {
        var problems = new List<MapProblem>();
        var start = Instant(from, "from", problems);
        var end = Instant(to, "to", problems);
        if (start is { } s && end is { } e && e <= s)
        {
            problems.Add(new MapProblem("to", $"to ({Format(e)}) must be after from ({Format(s)})"));
        }

        return (start, end, problems);
    }

    public static string? Format(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(string? text, string name, List<MapProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        problems.Add(new MapProblem(name, $"\"{text}\" is not an ISO 8601 date or time (e.g. 2026-11-01 or 2026-11-01T10:00:00Z)"));
        return null;
    }
}
