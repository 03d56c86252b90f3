using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Feedback;

/// <summary>A feedback snapshot extended by new items: the old analyses kept, the new ones made, the topics over all.</summary>
public sealed class FeedbackSnapshotTests
{
    private static readonly string?[] Texts =
    [
        "The import kept failing and support was slow",
        "Great onboarding, the checklist helped",
        null,
        "Import failing again, slow support",
        "Checklist was great",
    ];

    [Fact]
    public void Extend_InRounds_EqualsOneExtendOfEverything()
    {
        var items = Texts.Select((t, i) => Item(i, t)).ToList();
        var first = FeedbackSnapshot.Empty.Extend(items[..2]);

        var rounds = first.Extend(items[2..3]).Extend(items[3..]);
        var once = FeedbackSnapshot.Empty.Extend(items);

        Assert.Equal(once.Items, rounds.Items);
        Assert.Equal(once.Analyses, rounds.Analyses);
        Assert.Equal([.. Texts.Select(t => TextAnalyzer.Default.Analyze(t))], rounds.Analyses);
        Assert.Equal(Topics(once), Topics(rounds));
        Assert.Equal(2, first.Items.Count); // the older snapshot stays as it was
    }

    [Fact]
    public void Extend_NothingAdded_ReturnsTheSameSnapshot()
    {
        var snapshot = FeedbackSnapshot.Empty.Extend([Item(0, "Slow")]);

        Assert.Same(snapshot, snapshot.Extend([]));
    }

    private static FeedbackItem Item(int i, string? text) =>
        new($"f{i}", "c1", i, null, null, ScoreType.None, null, text, FeedbackSource.Survey, false, null, null);

    private static List<string> Topics(FeedbackSnapshot snapshot)
    {
        var all = Enumerable.Range(0, snapshot.Items.Count).ToList();
        var top = snapshot.Topics.Top(all, count: 10).Select(t => $"{t.Phrase}:{t.Count}:{string.Join(',', t.Examples)}");
        return [.. top, .. all.Select(i => string.Join('|', snapshot.Topics.PhrasesOf(i)))];
    }
}
