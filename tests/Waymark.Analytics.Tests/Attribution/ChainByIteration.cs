namespace Waymark.Analytics.Tests.Attribution;

/// <summary>
/// An independent Markov attribution for the tests: transition probabilities counted from the paths as text states,
/// and P(conversion) found by pushing probability mass through the chain until almost none is left in flight
/// (not by solving a linear system, as the engine does). Order 2 states are "previous>current".
/// </summary>
internal static class ChainByIteration
{
    private const string Start = "(start)";
    private const string Conversion = "(conversion)";
    private const string Null = "(null)";

    public static Dictionary<string, double> RemovalEffects(IEnumerable<(string[] Channels, bool Converted)> paths, int order)
    {
        var list = paths.ToList();
        var probabilities = Probabilities(list, order);
        var full = ConversionProbability(probabilities, null);
        var channels = list.SelectMany(p => p.Channels).Distinct();
        return channels.ToDictionary(c => c, c => 1 - (ConversionProbability(probabilities, c) / full));
    }

    private static Dictionary<string, Dictionary<string, double>> Probabilities(List<(string[] Channels, bool Converted)> paths, int order)
    {
        var counts = new Dictionary<string, Dictionary<string, double>>();
        foreach (var (channels, converted) in paths)
        {
            var states = new List<string> { Start };
            for (var i = 0; i < channels.Length; i++)
            {
                states.Add(order == 1 ? channels[i] : $"{(i == 0 ? Start : channels[i - 1])}>{channels[i]}");
            }

            states.Add(converted ? Conversion : Null);
            for (var i = 0; i + 1 < states.Count; i++)
            {
                var row = counts.TryGetValue(states[i], out var r) ? r : counts[states[i]] = [];
                row[states[i + 1]] = row.GetValueOrDefault(states[i + 1]) + 1;
            }
        }

        foreach (var row in counts.Values)
        {
            var total = row.Values.Sum();
            foreach (var key in row.Keys.ToList())
            {
                row[key] /= total;
            }
        }

        return counts;
    }

    /// <summary>Mass that enters a state involving the removed channel is lost (goes to null).</summary>
    private static double ConversionProbability(Dictionary<string, Dictionary<string, double>> probabilities, string? removed)
    {
        var mass = new Dictionary<string, double> { [Start] = 1 };
        var converted = 0.0;
        for (var step = 0; step < 100_000 && mass.Values.Sum() > 1e-15; step++)
        {
            var next = new Dictionary<string, double>();
            foreach (var (state, m) in mass)
            {
                foreach (var (to, p) in probabilities[state])
                {
                    if (to == Conversion)
                    {
                        converted += m * p;
                    }
                    else if (to != Null && !Involves(to, removed))
                    {
                        next[to] = next.GetValueOrDefault(to) + (m * p);
                    }
                }
            }

            mass = next;
        }

        return converted;
    }

    private static bool Involves(string state, string? channel) => channel is not null && state.Split('>').Contains(channel);
}
