using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Data.EventStores;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Events and maps where the overlay's rules bite, for one server and the cluster: ties in time, repeated activities,
/// steps that share an activity, steps bound with property conditions (properties written with spaces, escapes,
/// a repeated name, a name inside a value, non-ASCII), an unbound step, the period's exclusive end, a customer long
/// before the rest (so an open range has weeks).
/// </summary>
internal static class OverlayCases
{
    public static readonly long T0 = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>A step bound to "B" when plan is pro.</summary>
    public static readonly OverlayStep Pro = new("pro", ["B"], [new PropertyCondition("plan", "pro")]);

    public static readonly OverlayStage[] Map =
    [
        new("s1", [new OverlayStep("visit", "A"), new OverlayStep("note"), Pro]),
        new("s2", [new OverlayStep("cart", "C"), new OverlayStep("again", "A", "Z")]),
        new("s3", [new OverlayStep("buy", "D"), new OverlayStep("free", ["B"], [new PropertyCondition("plan", "free")])]),
        new("s4", [new OverlayStep("city", ["A", "B"], [new PropertyCondition("città", "Zürich 😀"), new PropertyCondition("plan", "")])]),
    ];

    public static DateTimeOffset At(long seconds) => new(T0 + (seconds * TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>Options that cover the rules, each with the whole map unless it says otherwise.</summary>
    public static IEnumerable<OverlayOptions> Options()
    {
        var all = new OverlayOptions { Stages = Map };
        yield return all;
        yield return all with { EntryStepId = "pro", OutcomeStepId = "buy" };
        yield return all with { EntryStepId = "cart", OutcomeStepId = "cart" }; // a one-step funnel
        yield return all with { EntryStepId = "buy", OutcomeStepId = "visit" }; // outcome before entry: visitors only
        yield return new OverlayOptions { Stages = [new("only", [Pro])] };
        yield return new OverlayOptions { Stages = [new("none", [new OverlayStep("blank")])] };
        yield return all with { Filter = new EventFilter { From = At(1), To = At(86_400) } }; // c6's D at the end is out
        yield return all with { Filter = new EventFilter { From = At(-3 * 86_400) } };
        yield return all with { Filter = new EventFilter { From = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero) } };
        yield return all with { Filter = new EventFilter { From = At(0), To = At(0) } };
        yield return all with { Filter = new EventFilter { Did = ["no such activity"] } }; // an empty segment
        yield return all with { Filter = new EventFilter { Attributes = [new("tier", ["gold"])], DidNot = ["Z"] } };
        yield return all with { Filter = new EventFilter { Channels = ["web"] } };
    }

    public static CustomerAttribute[] Attributes() =>
        [new("c1", "tier", "gold"), new("c2", "tier", "gold"), new("c5", "tier", "gold"), new("c8", "tier", "gold"), new("c8", "tier", "tin")];

    public static IEnumerable<NewEvent> Events()
    {
        // c1: A and B at one instant (A first in input order), a repeat of A later.
        yield return E("c1", 0, "A", channel: "web");
        yield return E("c1", 0, "B", """{"plan":"pro"}""");
        yield return E("c1", 3_600, "C");
        yield return E("c1", 7_200, "A");
        yield return E("c1", 86_399, "D");
        // c2: properties written with spaces; D three days later (the next week's Monday).
        yield return E("c2", 10, "A", channel: "web");
        yield return E("c2", 20, "B", """{ "plan" : "pro" , "x":"y" }""");
        yield return E("c2", 30, "C");
        yield return E("c2", (3 * 86_400) + 5, "D");
        // c3: a name repeated: the first value counts (free).
        yield return E("c3", 5, "B", """{"plan":"free","plan":"pro"}""");
        yield return E("c3", 6, "A");
        yield return E("c3", 7, "C");
        // c4: one event.
        yield return E("c4", 50, "A");
        // c5: an escaped name, a repeated A after C, two Ds.
        yield return E("c5", 1, "A");
        yield return E("c5", 2, "B", """{"pl\u0061n":"pro"}""");
        yield return E("c5", 3, "C");
        yield return E("c5", 4, "A");
        yield return E("c5", 5, "D");
        yield return E("c5", 5, "D");
        // c6: a value holding what looks like a member; D exactly one day after T0.
        yield return E("c6", 100, "C");
        yield return E("c6", 200, "A");
        yield return E("c6", 300, "B", """{"note":"\"plan\":\"pro\"","plan":"free"}""");
        yield return E("c6", 86_400, "D");
        // c7: everything at one instant, in an order unlike the map's.
        yield return E("c7", 9, "D");
        yield return E("c7", 9, "C");
        yield return E("c7", 9, "B", """{"plan":"pro"}""");
        yield return E("c7", 9, "A");
        // c8: an empty value (equals an empty condition, a missing name does not), an activity only "again" has.
        yield return E("c8", 40, "A", """{"città":"Zürich 😀","plan":""}""");
        yield return E("c8", 41, "B", """{"plan":""}""");
        yield return E("c8", 42, "Z");
        // c9: long before the others, so an open range spans more than 62 days (weeks).
        yield return E("c9", -80 * 86_400, "A");
        yield return E("c9", (-80 * 86_400) + 1, "B", """{"plan":"pro","città":"Zürich 😀"}""");
        // c10: non-ASCII in a name and a value, without "plan" (so no empty plan either).
        yield return E("c10", 60, "A", """{"città":"Zürich 😀"}""");
        yield return E("c10", 61, "B", """{"città":"Zürich \ud83d\ude00","plan":"pro"}""");
    }

    private static NewEvent E(string customer, long seconds, string activity, string? properties = null, string? channel = null) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, channel, properties);
}
