using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Testing.Feedback;

/// <summary>
/// A generated trial journey with the truth planted, for the insights tests. Six steps s1..s6 bound to Visit,
/// Sign Up, Connect Data, Invite Team, Build Report, Subscribe (the outcome). Planted:
/// <list type="bullet">
/// <item>moment of truth at s3: a customer's negative feedback there leaves 10% reaching the outcome, positive 60%;</item>
/// <item>largest drop-off after s4 (the customers s3 lost mostly still invite their team, then stop);</item>
/// <item>longest wait before s5 (three days after s4; every other step follows in minutes);</item>
/// <item>a pain-point card at s3 linked to the topic "connection", which every negative s3 text mentions;</item>
/// <item>a sawtooth s1 (+0.6) → s2 (-0.4) → s3 (about 0) → s4 (-0.5); s5 and s6 have scores but no texts;</item>
/// <item>designed curve s1 +2, s2 0, s3 +2, s4 -1: the largest gap is at s3.</item>
/// </list>
/// Feedback is placed by every rule: s1 by explicit step, s2 by activity, s3 by the customer's events, s4 by the
/// keyword "invite" (anonymous reviews), s5/s6 scores by explicit step. Sentiments are planted in
/// <see cref="Analyses"/>; <see cref="Texts"/> are written so a real analyser reads them the same way round.
/// </summary>
public sealed class PlantedJourney
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Activities = ["Visit", "Sign Up", "Connect Data", "Invite Team", "Build Report", "Subscribe"];
    private static readonly string[] Stores = ["database", "warehouse", "spreadsheet", "CRM"];
    private static readonly string[] Failures = ["kept failing", "timed out again and again", "broke twice"];
    private static readonly string[] Moods = ["really frustrating", "awful experience", "so annoying"];

    public PlantedJourney(int customers = 2000, int seed = 7)
    {
        var random = new Random(seed);
        Map = BuildMap();
        for (var c = 0; c < customers; c++)
        {
            Customer(random, c);
        }
    }

    public JourneyMap Map { get; }

    public List<(string Customer, DateTimeOffset Time, string Activity)> Events { get; } = [];

    public List<FeedbackItem> Items { get; } = [];

    public List<TextAnalysis> Analyses { get; } = [];

    public EventLog BuildLog()
    {
        var builder = new EventLogBuilder();
        foreach (var (customer, time, activity) in Events)
        {
            builder.Add(customer, time.UtcTicks, activity, "web");
        }

        return builder.Build();
    }

    private void Customer(Random random, int index)
    {
        var id = $"cus-{index:D5}";
        var t = Origin.AddMinutes(index * 7);
        Event(id, t, 0);
        Say(id, t.AddMinutes(5), "s1", null, random.NextDouble() < 0.8 ? "Lovely homepage, great first impression" : "Homepage felt slow and cluttered", random);
        if (random.NextDouble() >= 0.85)
        {
            return;
        }

        Event(id, t.AddMinutes(20), 1);
        if (random.NextDouble() < 0.5)
        {
            Say(id, t.AddMinutes(25), null, Activities[1], random.NextDouble() < 0.9 ? "The sign up form was confusing and too long" : "Sign up was quick, nice", random);
        }

        if (random.NextDouble() >= 0.88)
        {
            return;
        }

        Event(id, t.AddMinutes(40), 2);
        var mood = random.NextDouble();
        var success = mood < 0.4 ? random.NextDouble() < 0.1 : mood < 0.8 ? random.NextDouble() < 0.6 : random.NextDouble() < 0.4;
        if (mood < 0.4)
        {
            var text = $"The connection to my {Pick(random, Stores)} {Pick(random, Failures)}, {Pick(random, Moods)}";
            Say(id, t.AddMinutes(50), null, null, text, random, sentiment: -0.6);
        }
        else if (mood < 0.8)
        {
            Say(id, t.AddMinutes(50), null, null, "Connecting my data was easy and quick, great", random, sentiment: 0.6);
        }

        if (!success && random.NextDouble() >= 0.9)
        {
            return;
        }

        Event(id, t.AddMinutes(80), 3);
        if (random.NextDouble() < 0.3)
        {
            Say(null, t.AddDays(20), null, null, "Had to invite my colleagues one by one, tedious", random, sentiment: -0.5);
        }

        if (!success)
        {
            return;
        }

        Event(id, t.AddMinutes(80).AddDays(3), 4);
        Items.Add(new FeedbackItem($"fb-{Items.Count}", id, t.AddDays(3).AddMinutes(90).UtcTicks, "s5", null, ScoreType.Csat, 4, null, FeedbackSource.Survey, true, "en", null));
        Analyses.Add(default);
        Event(id, t.AddMinutes(110).AddDays(3), 5);
        Items.Add(new FeedbackItem($"fb-{Items.Count}", id, t.AddDays(3).AddMinutes(120).UtcTicks, "s6", null, ScoreType.Nps, 9, null, FeedbackSource.Survey, true, "en", null));
        Analyses.Add(default);
    }

    private void Event(string customer, DateTimeOffset time, int step) => Events.Add((customer, time, Activities[step]));

    /// <summary>A text item; its planted sentiment follows the wording (positive words +0.6, negative -0.4) unless given.</summary>
    private void Say(string? customer, DateTimeOffset time, string? stepId, string? activity, string text, Random random, double? sentiment = null)
    {
        var positive = text.Contains("great", StringComparison.Ordinal) || text.Contains("nice", StringComparison.Ordinal);
        var value = sentiment ?? (stepId == "s1" ? (positive ? 0.75 : -0.6) : (positive ? 0.6 : -0.5));
        var source = customer is null ? FeedbackSource.Review : random.NextDouble() < 0.5 ? FeedbackSource.Chat : FeedbackSource.Survey;
        Items.Add(new FeedbackItem($"fb-{Items.Count}", customer, time.UtcTicks, stepId, activity, ScoreType.None, null, text, source,
            source == FeedbackSource.Survey, "en", null));
        var emotions = value < 0 ? new EmotionMix(0, 0, 1, 0, 0.5f, 0) : new EmotionMix(1, 0.5f, 0, 0, 0, 0);
        Analyses.Add(new TextAnalysis(value, emotions, value < 0 ? 0.7 : 0.1, value < 0 && text.Contains("one by one", StringComparison.Ordinal),
            value < 0 ? Intents.Complaint : Intents.Praise));
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static JourneyMap BuildMap()
    {
        string[] names = ["Visit the site", "Sign up", "Connect data", "Invite the team", "Build a report", "Subscribe"];
        int[] designed = [2, 0, 2, -1, 1, 2];
        var stage = new Stage { Id = "trial", Name = "Trial" };
        var curve = new Lane { Id = "curve", Kind = LaneKind.EmotionCurve, Title = "Feeling" };
        var pain = new Lane { Id = "pain", Kind = LaneKind.PainPoints, Title = "Pain points" };
        for (var i = 0; i < names.Length; i++)
        {
            var id = $"s{i + 1}";
            var binding = new StepBinding { Activities = [Activities[i]] };
            if (id == "s4")
            {
                binding.Keywords = ["invite", "colleagues"];
            }

            stage.Steps.Add(new Step { Id = id, Name = names[i], Binding = binding });
            curve.Cells[id] = new Cell { Emotions = [new EmotionPoint { Score = designed[i] }] };
        }

        pain.Cells["s3"] = new Cell { PainPoints = [new PainPoint { Id = "pain-connect", Text = "Data connections break", LinkedTopic = "connection" }] };
        return new JourneyMap { Id = "map-trial", Name = "Trial", Stages = [stage], Lanes = [curve, pain], OutcomeStepId = "s6" };
    }
}
