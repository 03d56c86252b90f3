using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

public sealed class TopicIndexTests
{
    private static readonly string?[] Corpus =
    [
        "The CSV import failed twice.",                     // 0
        "CSV import keeps failing on big files",            // 1
        "Why does the csv import reject my dates?",         // 2
        "Checkout was quick and easy",                      // 3
        "Love the new dashboard",                           // 4
        "The dashboard loads slowly",                       // 5
        null,                                               // 6
        "",                                                 // 7
        "The checkout page is quick",                       // 8
        "Great dashboard, quick checkout",                  // 9
    ];

    [Fact]
    public void Top_SubsetAboutImports_RanksCsvImportFirstWithItsTexts()
    {
        var index = TopicIndex.Build(Corpus);

        var top = index.Top([0, 1, 2], count: 3, quotes: 2);

        Assert.Equal("csv import", top[0].Phrase);
        Assert.Equal(3, top[0].Count);
        Assert.Equal(2, top[0].Examples.Count);
        Assert.All(top[0].Examples, e => Assert.Contains(e, new[] { 0, 1, 2 }));
        Assert.DoesNotContain(top, t => t.Phrase is "csv" or "import");
    }

    [Fact]
    public void Top_PairInTwoOfAFewTexts_IsAKeyPhrase()
    {
        // Five survey answers: "csv import" in two of them is already a phrase (a 5-row CLI run found only its words).
        var index = TopicIndex.Build(["Setup was easy", "On hold for an hour", "The CSV import failed", "CSV import fails again", "Fine"]);

        var top = index.Top([2, 3], count: 3, quotes: 0);

        Assert.Equal("csv import", top[0].Phrase);
        Assert.Equal(2, top[0].Count);
    }

    [Fact]
    public void Top_PairInTwoOfManyTexts_IsNotAKeyPhrase()
    {
        // Among 150 texts two meetings of a pair are chance: its words stay topics on their own.
        var texts = Enumerable.Range(0, 148).Select(i => $"Order {i} arrived on time").Append("The CSV import failed").Append("CSV import fails again").ToArray();

        var index = TopicIndex.Build(texts);

        Assert.DoesNotContain(index.Top([148, 149], count: 5, quotes: 0), t => t.Phrase == "csv import");
    }

    [Fact]
    public void Top_PhrasesNeverStartOrEndWithStopWords()
    {
        var index = TopicIndex.Build(Corpus);

        var top = index.Top(Enumerable.Range(0, Corpus.Length).ToArray(), count: 20);

        Assert.NotEmpty(top);
        Assert.All(top, t =>
        {
            var words = t.Phrase.Split(' ');
            Assert.InRange(words.Length, 1, 3);
            Assert.DoesNotContain(words[0], new[] { "the", "and", "on", "my", "is", "why" });
            Assert.DoesNotContain(words[^1], new[] { "the", "and", "on", "my", "is", "why" });
        });
    }

    [Fact]
    public void Top_DistinctivePhraseOutranksCommonOne()
    {
        // "dashboard" is everywhere; "quick" is what the checkout subset says more than the rest.
        var index = TopicIndex.Build(Corpus);

        var top = index.Top([3, 8, 9], count: 2);

        Assert.Contains(top, t => t.Phrase is "quick" or "checkout");
        Assert.Equal(top.OrderByDescending(t => t.Score).Select(t => t.Phrase), top.Select(t => t.Phrase));
    }

    [Fact]
    public void Top_EmptySubsetOrBlankTexts_GivesNothing()
    {
        var index = TopicIndex.Build(Corpus);

        Assert.Empty(index.Top([]));
        Assert.Empty(index.Top([6, 7]));
    }

    [Fact]
    public void Top_IndexOutsideCorpus_Throws()
    {
        var index = TopicIndex.Build(Corpus);

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Top([42]));
    }

    [Theory]
    [InlineData("The CSV Import broke", "csv import", true)]
    [InlineData("csv-import broke", "csv", false)]
    [InlineData("imports are slow", "import", false)]
    [InlineData("Checkout. Page was down", "checkout page", false)]
    [InlineData(null, "checkout", false)]
    [InlineData("checkout", "", false)]
    public void Mentions_WholeWordsIgnoringCase(string? text, string phrase, bool expected) =>
        Assert.Equal(expected, TopicIndex.Mentions(text, phrase));
}
