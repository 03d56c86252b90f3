using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

/// <summary>The rules of the sentiment analyser, each against the same sentence without the rule's cue.</summary>
public sealed class SentimentRulesTests
{
    private static double S(string? text) => TextAnalyzer.Default.Sentiment(text);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void Sentiment_NullOrBlank_IsZero(string? text)
    {
        Assert.Equal(0, S(text));
        Assert.Equal(default, TextAnalyzer.Default.Analyze(text));
    }

    [Fact]
    public void Sentiment_NeutralFact_IsZero() => Assert.Equal(0, S("The invoice was sent on Tuesday to the billing address."));

    [Theory]
    [InlineData("The support team was great.")]
    [InlineData("I love this app")]
    [InlineData("Setup was seamless and intuitive")]
    public void Sentiment_PositiveWords_IsPositive(string text) => Assert.True(S(text) > 0.3, $"{text}: {S(text)}");

    [Theory]
    [InlineData("The app keeps crashing and is laggy")]
    [InlineData("Terrible service, I hate it")]
    [InlineData("What a waste of time")]
    [InlineData("I was on hold for an hour")]
    public void Sentiment_NegativeWords_IsNegative(string text) => Assert.True(S(text) < -0.2, $"{text}: {S(text)}");

    [Fact]
    public void Sentiment_IsWithinMinusOneAndOne()
    {
        Assert.InRange(S(string.Concat(Enumerable.Repeat("great amazing wonderful love ", 500))), 0.99, 1);
        Assert.InRange(S(string.Concat(Enumerable.Repeat("awful horrible terrible hate ", 500))), -1, -0.99);
    }

    [Fact]
    public void Sentiment_AnalyzeAndSentiment_Agree()
    {
        const string text = "Not bad at all, but the checkout was SO slow!!";
        Assert.Equal(S(text), TextAnalyzer.Default.Analyze(text).Sentiment);
    }
}
