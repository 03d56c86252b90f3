using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Cli.Commands;

/// <summary>Parses the small languages of analyze's options: durations, funnel steps, exclusions, filters.</summary>
public static class OptionText
{
    /// <summary>"90s", "45m", "12h", "30d", "2w" (or a plain number of seconds).</summary>
    public static TimeSpan Duration(string text)
    {
        var trimmed = text.Trim();
        var unit = trimmed.Length > 0 && char.IsAsciiLetter(trimmed[^1]) ? trimmed[^1] : 's';
        var number = trimmed.Length > 0 && char.IsAsciiLetter(trimmed[^1]) ? trimmed[..^1] : trimmed;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new CliOptionException($"'{text}' is not a duration: use a number and s, m, h, d or w (e.g. 30d).");
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            'w' => TimeSpan.FromDays(7 * value),
            _ => throw new CliOptionException($"'{text}': unknown duration unit '{unit}' (use s, m, h, d or w)."),
        };
    }

    /// <summary>"Visit > Signup|Register > Buy": steps split by '>', alternatives by '|'.</summary>
    public static List<FunnelStep> Steps(string text)
    {
        var steps = new List<FunnelStep>();
        foreach (var part in text.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var activities = part.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            steps.Add(new FunnelStep(part.Replace("|", " | ", StringComparison.Ordinal), activities));
        }

        if (steps.Count is < 2 or > FunnelOptions.MaxSteps)
        {
            throw new CliOptionException($"A funnel needs 2 to {FunnelOptions.MaxSteps} steps separated by '>'; got {steps.Count}.");
        }

        return steps;
    }

    /// <summary>"Activity@N": the activity must not happen between step N and step N + 1 (1-based).</summary>
    public static FunnelExclusion Exclusion(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step < 1)
        {
            throw new CliOptionException($"'{text}' is not an exclusion: use Activity@N to exclude it between step N and N+1.");
        }

        return new FunnelExclusion(text[..at].Split('|', StringSplitOptions.TrimEntries), step - 1);
    }

    /// <summary>"key=value" or "key=v1,v2".</summary>
    public static (string Key, string[] Values) KeyValues(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new CliOptionException($"'{text}' is not key=value.");
        }

        return (text[..equals].Trim(), text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries));
    }

    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new CliOptionException($"'{text}' is not a date or time (use ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00Z).");
}
