using System.Globalization;

namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>The answer's notes: what was assumed, what the interval covers, and why a figure is empty.</summary>
internal static class WhatIfNotes
{
    public static List<string> Write(in WhatIfOptions options, WhatIfStep step, long entries, int resamples, ulong seed, long end, bool timed)
    {
        var notes = new List<string>();
        if (entries == 0)
        {
            notes.Add("No customer entered the map's funnel in this period: there is nothing to project.");
            return notes;
        }

        if (step.Reached == 0)
        {
            notes.Add($"Nobody reached step '{step.StepId}' in this period: there is nothing to project.");
        }
        else if (options.Kind == WhatIfKind.Conversion)
        {
            notes.Add(ConversionNote(options.Points, step.Conversion ?? 0));
        }
        else
        {
            notes.Add(timed ? WaitNote(step.Waiting, end) : "The events have no times, so a shorter wait moves nobody.");
        }

        notes.Add("Later steps keep their measured conversions: customers the change adds go on as today's customers do.");
        notes.Add(Invariant($"Interval: 95% percentile bootstrap over the {entries:N0} customers who entered the funnel, {resamples:N0} resamples (seed {seed}). It covers sampling noise only, not whether the change would in fact cause this effect."));
        return notes;
    }

    private static string ConversionNote(double points, double measured)
    {
        var projected = Math.Clamp(measured + (points / 100), 0, 1);
        var capped = measured + (points / 100) > 1 ? " (capped at 100%)" : measured + (points / 100) < 0 ? " (floored at 0%)" : "";
        return Invariant($"The step's conversion {measured * 100:0.#}% becomes {projected * 100:0.#}%{capped}.");
    }

    private static string WaitNote(long waiting, long end) => Invariant(
        $"{waiting:N0} customers were still waiting at the step at the period's end ({new DateTime(end, DateTimeKind.Utc):yyyy-MM-dd HH:mm} UTC); each moves on with the chance the measured waits give (Kaplan-Meier, waiting customers censored) of going on within the shorter wait. Customers who went on already are unchanged.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
