using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.WhatIf;

namespace Waymark.Analytics.Tests.WhatIf;

/// <summary>Hand-made journeys over a map of three bound steps a (A), b (B) and c (C), and a question builder.</summary>
internal static class WhatIfJourneys
{
    public static readonly OverlayStage[] Map =
    [
        new("stg_1", [new OverlayStep("a", "A"), new OverlayStep("note")]),
        new("stg_2", [new OverlayStep("b", "B"), new OverlayStep("c", "C")]),
    ];

    public static DateTimeOffset At(double minutes) => TestLog.Origin.AddMinutes(minutes);

    public static WhatIfOptions Conversion(string step, double points, EventFilter filter = default) => new()
    {
        Stages = Map, StepId = step, Kind = WhatIfKind.Conversion, Points = points, Filter = filter,
    };

    public static WhatIfOptions Wait(string step, TimeSpan cut, EventFilter filter = default) => new()
    {
        Stages = Map, StepId = step, Kind = WhatIfKind.Wait, WaitCut = cut, Filter = filter,
    };

    /// <summary>Adds <paramref name="times"/> customers doing the given events ("A@0", "B@10", ...).</summary>
    public static TestLog Add(this TestLog log, int times, string prefix, params string[] events)
    {
        for (var i = 0; i < times; i++)
        {
            log.Customer(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}"), events);
        }

        return log;
    }

    /// <summary>10 entrants: 4 stop at a, 3 stop at b, 3 reach c (R = 10, 6, 3; p_a = 0.6, p_b = 0.5).</summary>
    public static TestLog TenEntrants() => new TestLog()
        .Add(4, "x", "A@0")
        .Add(3, "y", "A@0", "B@30")
        .Add(3, "z", "A@0", "B@30", "C@90");
}
