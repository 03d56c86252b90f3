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

    [Theory]
    [InlineData("Importing our spreadsheet is a nightmare.", -1)]
    [InlineData("This app is a joke", -1)]
    [InlineData("Setting it up was a breeze", 1)]
    [InlineData("Not a problem at all, thanks", 1)]
    [InlineData("The migration went without a hitch", 1)]
    public void Sentiment_PhraseWithASingleLetterWord_Matches(string text, int sign) =>
        Assert.True(Math.Sign(S(text)) == sign && Math.Abs(S(text)) > 0.3, $"{text}: {S(text)}");

    [Fact]
    public void Sentiment_ABitBeforeANegativeWord_Dampens() => Assert.True(S("The form is a bit confusing") > S("The form is confusing"));

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

    [Theory]
    [InlineData("The app is good", "The app is not good")]
    [InlineData("Support was helpful", "Support wasn't helpful")]
    [InlineData("Support was helpful", "Support wasnt helpful")]
    [InlineData("Support was helpful", "Support wasn’t helpful")]
    [InlineData("I like it", "I never like it")]
    public void Negation_FlipsPositiveToNegative(string plain, string negated)
    {
        Assert.True(S(plain) > 0);
        Assert.True(S(negated) < 0, $"{negated}: {S(negated)}");
    }

    [Fact]
    public void Negation_OfNegativeWord_IsMildlyPositive()
    {
        Assert.InRange(S("The update is not bad"), 0.1, 0.6);
        Assert.True(S("No problems at all") > 0.2);
    }

    [Fact]
    public void Negation_StopsAtClausePunctuation() =>
        Assert.True(S("Not what I ordered, but great quality") > S("Not great quality"));

    [Fact]
    public void Negation_BeyondThreeWords_DoesNotApply() =>
        Assert.True(S("I did not expect the delivery people would be so good") > 0);

    [Theory]
    [InlineData("I couldn't be happier")]
    [InlineData("Never been better")]
    [InlineData("I can't recommend them enough")]
    [InlineData("I have never slept so well")]
    [InlineData("Not only fast but also friendly")]
    public void Negation_IdiomsThatPraise_ArePositive(string text) => Assert.True(S(text) > 0.3, $"{text}: {S(text)}");

    [Fact]
    public void Negation_DoesNotFlipEmoticons() => Assert.True(S("Nope :)") > 0);

    [Fact]
    public void Negation_RhetoricalQuestion_Asserts() => Assert.True(S("Wouldn't that be great?") > 0);

    [Fact]
    public void Intensifier_RaisesAndDampenerLowers()
    {
        var plain = S("The service was good");
        Assert.True(S("The service was very good") > plain);
        Assert.True(S("The service was extremely good") > plain);
        Assert.True(S("The service was slightly good") < plain);
        Assert.True(S("The service was kind of good") < plain);
        Assert.True(S("The wait was very bad") < S("The wait was bad"));
    }

    [Fact]
    public void Intensifier_PrettyBoostsBeforeASentimentWord()
    {
        Assert.True(S("The app is pretty bad") < S("The app is bad") + 0.01);
        Assert.True(S("The app is pretty bad") < 0);
    }

    [Fact]
    public void But_WeighsTheSecondClauseMore()
    {
        Assert.True(S("The food was great but the service was terrible") < 0);
        Assert.True(S("The service was terrible but the food was great") > 0);
    }

    [Theory]
    [InlineData("Although the staff were friendly, the wait was awful")]
    [InlineData("The staff were friendly, however the wait was awful")]
    [InlineData("Even though the staff were friendly, the wait was awful")]
    public void Contrast_ConcessionWeighsLess(string text) => Assert.True(S(text) < 0, $"{text}: {S(text)}");

    [Fact]
    public void But_InAnythingBut_Negates() => Assert.True(S("The setup was anything but easy") < 0);

    [Fact]
    public void Capitals_InMixedCase_Emphasise()
    {
        Assert.True(S("The support was GREAT today") > S("The support was great today"));
        Assert.True(S("I HATE the new layout") < S("I hate the new layout"));
    }

    [Fact]
    public void Capitals_WholeTextInCapitals_IsNotEmphasis() =>
        Assert.Equal(S("the support was great"), S("THE SUPPORT WAS GREAT"), 6);

    [Fact]
    public void Punctuation_ExclamationAmplifies()
    {
        Assert.True(S("Great service!!!") > S("Great service"));
        Assert.True(S("Awful service!!!") < S("Awful service"));
        Assert.Equal(S("Great service!!!!"), S("Great service!!!!!!!!"), 6);
    }

    [Fact]
    public void Punctuation_QuestionDoesNotAssertPraise() => Assert.True(S("Is the new app any good?") < S("The new app is good."));

    [Fact]
    public void Emoji_CarryValence()
    {
        Assert.True(S("Delivered today 😍👍") > 0.5);
        Assert.True(S("Delivered today 😡") < -0.3);
        Assert.True(S("Delivered today :(") < 0);
        Assert.True(S("thanks👍🏻") > S("thanks"));
    }

    [Fact]
    public void Emphasis_StretchedWordsCount() => Assert.True(S("sooo goooood") > S("good"));

    [Fact]
    public void Lexicon_CustomerServiceWords_AreRated()
    {
        Assert.True(S("Checkout was seamless") > 0.3);
        Assert.True(S("The app is laggy and unresponsive") < -0.3);
        Assert.True(S("What a hassle") < 0);
        Assert.True(S("The app crashes") < 0);
    }

    [Fact]
    public void Lexicon_InflectionsOfKnownWords_AreRated() => Assert.True(S("They disappointedly shrugged") < 0 || S("It keeps annoyingly beeping") < 0);

    [Fact]
    public void Html_EntitiesAreDecoded() => Assert.Equal(S("Fast & friendly :)"), S("Fast &amp; friendly :)"), 6);
}
