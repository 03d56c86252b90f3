using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

public sealed class TopicCurationTests
{
    private static readonly string?[] Corpus =
    [
        "Customer support never answered my ticket.",                 // 0
        "I waited two days for customer support to reply.",           // 1
        "Customer support was rude on the phone.",                    // 2
        "The support articles are out of date.",                      // 3
        "Customer support fixed it in minutes, thanks.",              // 4
        "Way too expensive for a small team.",                        // 5
        "The price went up again this year.",                         // 6
        "Too expensive compared to Trello, and the price keeps rising.", // 7
        "The CSV import fails on large files.",                       // 8
        "CSV import fails whenever a date is empty.",                 // 9
        "CSV import fails with no error message.",                    // 10
        "Dark mode looks great.",                                     // 11
    ];

    [Fact]
    public void Top_PhraseExplainingMostMentions_TakesTheWordsPlace()
    {
        var index = TopicIndex.Build(Corpus);

        var top = index.Top([0, 1, 2, 3, 4], count: 3, quotes: 0);

        Assert.Equal("customer support", top[0].Phrase);
        Assert.Equal(4, top[0].Count);
        Assert.DoesNotContain(top, t => t.Phrase is "support" or "customer");
    }

    [Fact]
    public void Top_ThreeWordCollocation_StandsForItsParts()
    {
        var index = TopicIndex.Build(Corpus);

        var top = index.Top([8, 9, 10], count: 3, quotes: 0);

        Assert.Equal("csv import fails", top[0].Phrase);
        Assert.DoesNotContain(top, t => t.Phrase is "import" or "csv" or "csv import" or "import fails");
    }

    [Fact]
    public void Curate_Merge_CountsEachTextOnceInTheUnion()
    {
        var index = TopicIndex.Build(Corpus).Curate([new TopicRule("price", MergedInto: "too expensive")]);

        var top = index.Top([5, 6, 7], count: 3, quotes: 3);

        var pricing = Assert.Single(top, t => t.Phrase == "too expensive");
        Assert.Equal(3, pricing.Count); // 5 and 7 say "too expensive", 6 and 7 "price": text 7 counts once
        Assert.Equal(3, index.CountOf(index.Find("price")));
        Assert.Equal(index.Find("too expensive"), index.Find("price"));
        Assert.True(index.Holds(6, index.Find("too expensive")));
        Assert.DoesNotContain(top, t => t.Phrase == "price");
    }

    [Fact]
    public void Curate_LabelAndHidden_ApplyToTopAndFind()
    {
        var index = TopicIndex.Build(Corpus).Curate(
        [
            new TopicRule("customer support", Label: "Support team"),
            new TopicRule("dark mode", Hidden: true),
        ]);

        var top = index.Top([0, 1, 2, 4, 11], count: 5, quotes: 0);

        Assert.Equal("Support team", Assert.Single(top, t => t.Phrase == "customer support").Label);
        Assert.DoesNotContain(top, t => t.Phrase == "dark mode");
        Assert.Equal(-1, index.Find("dark mode"));
        Assert.Equal(index.Find("customer support"), index.Find("  support TEAM "));
        Assert.False(index.Holds(11, index.Find("dark mode")));
    }

    [Fact]
    public void Curate_NoRules_GivesTheSameIndex()
    {
        var index = TopicIndex.Build(Corpus);

        Assert.Same(index, index.Curate([]));
    }

    [Theory]
    [InlineData("  CSV   Import ", "csv import")]
    [InlineData("import. fails", null)]
    [InlineData("", null)]
    public void Normalize_WritesPhrasesAsTheIndexDoes(string text, string? expected) =>
        Assert.Equal(expected, TopicIndex.Normalize(text));
}
