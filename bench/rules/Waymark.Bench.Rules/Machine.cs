namespace Waymark.Bench.Rules;

/// <summary>The machine's load while a benchmark ran: it is shared, so every figure carries the load it was measured under.</summary>
internal static class Machine
{
    /// <summary>The 1-minute load average.</summary>
    public static double Load()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "0";
        return double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until <paramref name="done"/> holds, or until nothing changed for <paramref name="stall"/> or <paramref name="limit"/> passed; true when done.</summary>
    public static async Task<bool> WaitAsync(Func<bool> done, Func<int> progress, TimeSpan stall, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        var last = progress();
        var changed = DateTime.UtcNow;
        while (!done())
        {
            if (DateTime.UtcNow > until || DateTime.UtcNow - changed > stall)
            {
                return false;
            }

            await Task.Delay(100);
            if (progress() is var now && now != last)
            {
                (last, changed) = (now, DateTime.UtcNow);
            }
        }

        return true;
    }
}
