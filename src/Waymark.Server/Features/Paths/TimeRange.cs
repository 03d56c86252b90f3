using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Paths;

/// <summary>The optional from/to query parameters (ISO 8601; a time without offset is UTC) as an engine filter.</summary>
internal static class TimeRange
{
    public static bool TryParse(string? from, string? to, out EventFilter filter, out ValidationProblem? problem)
    {
        filter = default;
        problem = null;
        if (!TryInstant(from, "from", out var start, ref problem) || !TryInstant(to, "to", out var end, ref problem))
        {
            return false;
        }

        if (start is { } s && end is { } e && e <= s)
        {
            problem = Problems.Invalid("to", $"'to' ({e:O}) must be after 'from' ({s:O})");
            return false;
        }

        filter = new EventFilter { From = start, To = end };
        return true;
    }

    private static bool TryInstant(string? text, string name, out DateTimeOffset? value, ref ValidationProblem? problem)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = Problems.Invalid(name, $"'{text}' is not a date and time; use ISO 8601 such as 2026-11-01T00:00:00Z");
        return false;
    }
}
