using System.Text;
using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

/// <summary>Whatever a customer (or an attacker) types, analysis finishes with values in range.</summary>
public sealed class HostileTextTests
{
    private static void AssertSane(TextAnalysis a)
    {
        Assert.InRange(a.Sentiment, -1, 1);
        Assert.False(double.IsNaN(a.Sentiment));
        Assert.InRange(a.Effort, 0, 1);
        foreach (var e in Enum.GetValues<Emotion>())
            Assert.InRange(a.Emotions[e], 0f, 1f);
    }

    [Fact]
    public void Analyze_OneMegabyte_ReadsOnlyTheStart()
    {
        var huge = new StringBuilder();
        while (huge.Length < 1_000_000)
            huge.Append("The checkout was terrible and slow. ");
        var tail = huge + " but in the end it was wonderful, amazing, perfect!!!";

        var a = TextAnalyzer.Default.Analyze(tail);

        AssertSane(a);
        Assert.True(a.Sentiment < -0.9); // the praise after the first 20,000 characters is not read
    }

    [Fact]
    public void Analyze_OneLongWord_IsFine() => AssertSane(TextAnalyzer.Default.Analyze(new string('a', 1_000_000)));

    [Fact]
    public void Analyze_BinaryAndControlCharacters_IsFine()
    {
        var random = new Random(7);
        var chars = new char[50_000];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(0, 0x10000); // includes lone surrogates, NUL and control characters

        AssertSane(TextAnalyzer.Default.Analyze(new string(chars)));
        AssertSane(TextAnalyzer.Default.Analyze("good\0\0\u0001bad\u0007\uFFFF\uD800\uDC00\uDBFF"));
    }

    [Fact]
    public void Analyze_MixedScripts_ScoresTheEnglish()
    {
        var a = TextAnalyzer.Default.Analyze("Отличный сервис! 服务很好 خدمة رائعة — but the app is terrible 😡");

        AssertSane(a);
        Assert.True(a.Sentiment < 0);
    }

    [Fact]
    public void Analyze_EmojiFlood_IsBounded()
    {
        var flood = string.Concat(Enumerable.Repeat("😍👍🏽❤️‍🔥", 30_000));

        var a = TextAnalyzer.Default.Analyze(flood);

        AssertSane(a);
        Assert.True(a.Sentiment > 0.9);
    }

    [Fact]
    public void Analyze_HtmlAndScript_IsReadAsText()
    {
        var a = TextAnalyzer.Default.Analyze("<script>alert('x')</script><b>Terrible</b> service &lt;img src=x onerror=alert(1)&gt; <p>awful</p>");

        AssertSane(a);
        Assert.True(a.Sentiment < 0);
    }

    [Fact]
    public void Analyze_OnlyPunctuation_IsNeutral()
    {
        var a = TextAnalyzer.Default.Analyze("!!!???...,,,;;;:::");

        AssertSane(a);
        Assert.Equal(0, a.Sentiment);
    }

    [Fact]
    public void Analyze_ManyTokens_StopsAtTheTokenCap()
    {
        var many = string.Concat(Enumerable.Repeat("ok ", 15_000)); // more tokens than one text's buffer

        AssertSane(TextAnalyzer.Default.Analyze(many));
    }

    [Fact]
    public void AnalyzeMany_ParallelCalls_GiveTheSameAsOneByOne()
    {
        var texts = Enumerable.Range(0, 2_000).Select(i => i % 3 == 0 ? "Great support, thanks!" : i % 3 == 1 ? "On hold for an hour, I want a refund" : null).ToArray();

        var many = TextAnalyzer.Default.AnalyzeMany(texts);

        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(TextAnalyzer.Default.Analyze(texts[i]), many[i]);
    }

    [Fact]
    public void AnalyzeMany_NoTexts_GivesNoResults()
    {
        Assert.Empty(TextAnalyzer.Default.AnalyzeMany([]));
    }

    [Fact]
    public void TopicIndex_HostileTexts_Build()
    {
        var texts = new[] { new string('x', 1_000_000), "\0\u0001\uD800", "<script>alert(1)</script>", "😍😍😍", null, "csv import csv import" };

        var index = TopicIndex.Build(texts);

        Assert.NotNull(index.Top(Enumerable.Range(0, texts.Length).ToArray()));
        Assert.False(TopicIndex.Mentions(texts[1], "script"));
    }
}
