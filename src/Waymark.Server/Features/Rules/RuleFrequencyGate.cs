namespace Waymark.Server.Features.Rules;

/// <summary>Whether a rule may fire for a customer again, given when it fired for them before (live and backtest alike).</summary>
internal static class RuleFrequencyGate
{
    public static bool Allows(RuleFrequency f, IReadOnlyList<DateTime> previous, DateTime at)
    {
        if (previous.Count > 0)
        {
            var last = previous.Max();
            if (f.Reentry == "once" || (f.Reentry == "after" && at < last.AddSeconds(f.ReentryAfterSeconds ?? 0)))
            {
                return false;
            }
        }

        return f.MaxPerDay is not { } cap || previous.Count(p => p > at.AddDays(-1) && p <= at) < cap;
    }
}
