using System.Globalization;
using Waymark.Analytics.Attribution;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Attribution;

/// <summary>
/// Builds attribution cases from channel paths: each customer's touches are "Touch" events an hour apart on the
/// path's channels, and a converting customer ends with "Buy", the map's one bound step (its outcome).
/// </summary>
public sealed class AttributionPaths
{
    public static readonly OverlayStage[] BuyMap = [new("stg_buy", [new OverlayStep("stp_buy", "Buy")])];

    private readonly TestLog _log = new();
    private int _customers;

    public List<(string[] Channels, bool Converted)> Paths { get; } = [];

    public AttributionPaths Add(bool converted, params string[] channels) => Add(1, converted, channels);

    public AttributionPaths Add(int times, bool converted, params string[] channels)
    {
        for (var t = 0; t < times; t++)
        {
            var events = channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"Touch@{i * 60}#{c}")).ToList();
            if (converted)
            {
                events.Add(string.Create(CultureInfo.InvariantCulture, $"Buy@{channels.Length * 60}"));
            }

            _log.Customer(string.Create(CultureInfo.InvariantCulture, $"c{_customers++}"), [.. events]);
            Paths.Add((channels, converted));
        }

        return this;
    }

    public EventLog Build() => _log.Build();

    public AttributionResult Compute() => AttributionEngine.Compute(Build(), new AttributionOptions { Stages = BuyMap });

    /// <summary>Random paths of 1..maxLength touches over the channels, converting with a chance that grows with some channels.</summary>
    public static AttributionPaths Random(int seed, int customers, int channels, int maxLength)
    {
        var random = new Random(seed);
        var paths = new AttributionPaths();
        for (var c = 0; c < customers; c++)
        {
            var path = new string[random.Next(1, maxLength + 1)];
            for (var i = 0; i < path.Length; i++)
            {
                path[i] = string.Create(CultureInfo.InvariantCulture, $"ch{random.Next(channels)}");
            }

            var chance = 0.1 + (path.Count(p => p == "ch0") * 0.15) + (path.Length * 0.05);
            paths.Add(random.NextDouble() < chance, path);
        }

        return paths;
    }
}
