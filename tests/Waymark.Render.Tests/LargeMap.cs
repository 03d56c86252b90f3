using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Render.Tests;

/// <summary>
/// A generated map of any size (the 60-step x 15-lane map of the issue): stages of ten steps, every kind of lane
/// in turn, cells of short and long text, cards of every colour, pain points, ideas, channels and a curve.
/// Also compiled into bench/export (linked), so the benchmark draws the same map the tests check.
/// </summary>
public static class LargeMap
{
    private static readonly LaneKind[] Kinds =
    [
        LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings, LaneKind.EmotionCurve,
        LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Frontstage, LaneKind.Backstage,
        LaneKind.SupportProcesses, LaneKind.Kpis, LaneKind.Questions, LaneKind.Owners, LaneKind.Images, LaneKind.Text,
    ];

    public static JourneyMap Create(int steps = 60, int lanes = 15)
    {
        var map = new JourneyMap { Id = "map_large", Name = $"Generated map {steps} x {lanes}", Kind = MapKind.ServiceBlueprint };
        for (var s = 0; s < steps; s++)
        {
            if (s % 10 == 0)
            {
                map.Stages.Add(new Stage { Id = $"stg_{s / 10}", Name = $"Stage {(s / 10) + 1}", Goal = "Get what I came for without waiting" });
            }

            map.Stages[^1].Steps.Add(new Step { Id = $"stp_{s}", Name = $"Step {s + 1}: " + Words(s % 3 == 0 ? 6 : 3, s) });
        }

        for (var l = 0; l < lanes; l++)
        {
            var kind = Kinds[l % Kinds.Length];
            var lane = new Lane { Id = $"lan_{l}", Kind = kind, Title = $"{kind} lane {l + 1}" };
            for (var s = 0; s < steps; s++)
            {
                lane.Cells[$"stp_{s}"] = CellFor(kind, s, l);
            }

            map.Lanes.Add(lane);
        }

        return map;
    }

    private static Cell CellFor(LaneKind kind, int s, int l)
    {
        var text = Words(4 + ((s * 7) + l) % 22, s + l);
        return kind switch
        {
            LaneKind.Thoughts or LaneKind.Questions => new Cell { Cards = [new Card { Id = $"crd_{s}_{l}", Text = text, Color = CardColors.All[s % 9], Tags = s % 4 == 0 ? ["tag"] : [] }] },
            LaneKind.Channels => new Cell { Channels = [.. new[] { "web", "email", "mobileApp", "custom:Kiosk" }.Take(1 + (s % 4))] },
            LaneKind.EmotionCurve => new Cell { Emotions = [new EmotionPoint { Score = (s % 5) - 2, Label = s % 2 == 0 ? "Label " + s.ToString(CultureInfo.InvariantCulture) : null }] },
            LaneKind.PainPoints => new Cell { PainPoints = [new PainPoint { Id = $"pp_{s}", Text = text, Impact = (PainImpact)(s % 3) }] },
            LaneKind.Ideas => new Cell { Ideas = [new Idea { Id = $"ide_{s}", Text = text, Votes = s % 7, Desirable = 3, Feasible = 4, Viable = 2 }] },
            LaneKind.MomentsOfTruth => s % 9 == 0 ? new Cell { MomentOfTruth = new MomentOfTruth { Note = text } } : new Cell(),
            LaneKind.Kpis => new Cell { Kpis = [new KpiCell { Metric = "Conversion " + s.ToString(CultureInfo.InvariantCulture), Target = 42.5m, Unit = "%" }] },
            LaneKind.Owners => new Cell { Owner = "Team " + l.ToString(CultureInfo.InvariantCulture) },
            LaneKind.Images => new Cell { Image = new ImageRef { Url = "https://example.invalid/pic.png", Alt = "Photo of the counter" } },
            _ => new Cell { Text = text },
        };
    }

    private static readonly string[] Vocabulary =
    [
        "customer", "checks", "the", "order", "status", "and", "waits", "for", "a", "reply", "from", "support", "about", "delivery",
        "window", "payment", "confirmation", "email", "arrives", "late", "store", "colleague", "explains", "refund", "policy",
    ];

    public static string Words(int count, int seed)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = Vocabulary[((seed * 31) + (i * 7)) % Vocabulary.Length];
        }

        return string.Join(' ', words);
    }
}
