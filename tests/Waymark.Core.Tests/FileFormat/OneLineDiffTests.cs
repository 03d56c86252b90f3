using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

public sealed class OneLineDiffTests
{
    public static TheoryData<string> Changes => ["text", "score", "painPoint", "card"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void ToJson_OneCellChanged_ExactlyOneLineDiffers(string change)
    {
        var map = Sample();
        var before = Lines(MapSerializer.ToJson(map));

        Apply(map, change);
        var after = Lines(MapSerializer.ToJson(map));

        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Single(changed);
        Assert.Contains("\"stp_2\": {", after[changed[0]], StringComparison.Ordinal);
    }

    private static JourneyMap Sample() => new MapBuilder()
        .WithStage("stg_1", "Explore", "stp_1", "stp_2", "stp_3")
        .WithLane("lan_think", LaneKind.Thoughts, "Thinks")
        .WithLane("lan_curve", LaneKind.EmotionCurve, "Emotion")
        .WithLane("lan_pain", LaneKind.PainPoints, "Pain")
        .WithCell("lan_think", "stp_1", c => c.Text = "Where do I start?")
        .WithCell("lan_think", "stp_2", c => { c.Text = "Looks simple"; c.Cards.Add(new Card { Id = "crd_1", Text = "Nice", Tags = ["ux"] }); })
        .WithCell("lan_think", "stp_3", c => c.Text = "Done")
        .WithCell("lan_curve", "stp_1", c => c.Emotions.Add(new EmotionPoint { Score = 0 }))
        .WithCell("lan_curve", "stp_2", c => c.Emotions.Add(new EmotionPoint { Score = 1, Label = "relieved" }))
        .WithCell("lan_curve", "stp_3", c => c.Emotions.Add(new EmotionPoint { Score = 2 }))
        .WithCell("lan_pain", "stp_2", c => c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Slow page" }))
        .WithCell("lan_pain", "stp_3", c => c.PainPoints.Add(new PainPoint { Id = "pain_2", Text = "Lost input" }))
        .Build();

    private static void Apply(JourneyMap map, string change)
    {
        var lanes = map.Lanes.ToDictionary(l => l.Id);
        switch (change)
        {
            case "text": lanes["lan_think"].Cells["stp_2"].Text = "Looks simple enough\nsecond line"; break;
            case "score": lanes["lan_curve"].Cells["stp_2"].Emotions[0].Score = -2; break;
            case "painPoint": lanes["lan_pain"].Cells["stp_2"].PainPoints.Add(new PainPoint { Id = "pain_3", Text = "No undo", Impact = PainImpact.Abandons }); break;
            default: lanes["lan_think"].Cells["stp_2"].Cards[0].Color = "green"; break;
        }
    }

    private static string[] Lines(string json) => json.Split('\n');
}
