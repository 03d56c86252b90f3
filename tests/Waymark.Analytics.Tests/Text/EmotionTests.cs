using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

public sealed class EmotionTests
{
    private static EmotionMix E(string text) => TextAnalyzer.Default.Analyze(text).Emotions;

    private static Emotion Dominant(EmotionMix mix) =>
        Enum.GetValues<Emotion>().OrderByDescending(e => mix[e]).First();

    [Theory]
    [InlineData("I'm so happy with the new app, love it", Emotion.Joy)]
    [InlineData("I trust this bank, it has always been reliable", Emotion.Trust)]
    [InlineData("I am furious, the driver was rude and I'm fed up", Emotion.Anger)]
    [InlineData("I'm worried my card details were stolen and I'm scared to use it", Emotion.Fear)]
    [InlineData("So disappointed and sad, I feel let down", Emotion.Sadness)]
    [InlineData("I was shocked, I can't believe it arrived a week early", Emotion.Surprise)]
    public void Analyze_EmotionCue_IsDominant(string text, Emotion expected)
    {
        var mix = E(text);

        Assert.Equal(expected, Dominant(mix));
        Assert.InRange(mix[expected], 0.3f, 1f);
    }

    [Theory]
    [InlineData("I'm not angry, just curious", Emotion.Anger)]
    [InlineData("I wasn't worried at all", Emotion.Fear)]
    [InlineData("Honestly not surprised", Emotion.Surprise)]
    [InlineData("I don't trust them", Emotion.Trust)]
    public void Analyze_NegatedCue_CountsNothing(string text, Emotion emotion) => Assert.Equal(0f, E(text)[emotion]);

    [Fact]
    public void Analyze_NotHappy_IsSadnessNotJoy()
    {
        var mix = E("I am not happy with the service");

        Assert.Equal(0f, mix.Joy);
        Assert.True(mix.Sadness > 0);
    }

    [Fact]
    public void Analyze_MixedText_HasBothEmotions()
    {
        var mix = E("The staff were lovely but I'm furious about the hidden fees");

        Assert.True(mix.Joy > 0);
        Assert.True(mix.Anger > 0);
    }

    [Fact]
    public void Analyze_Intensifier_RaisesTheEmotion() =>
        Assert.True(E("I am extremely angry").Anger > E("I am angry").Anger);

    [Fact]
    public void Analyze_NeutralText_HasNoEmotion() => Assert.True(E("The parcel was delivered on Tuesday.").IsEmpty);

    [Fact]
    public void Analyze_Emoji_GivesEmotion()
    {
        Assert.True(E("delivery again \U0001F621").Anger > 0);
        Assert.True(E("new app \U0001F60D").Joy > 0);
    }

    [Fact]
    public void Analyze_ManyCues_StayBelowOne() =>
        Assert.InRange(E(string.Concat(Enumerable.Repeat("angry furious livid ", 200))).Anger, 0.9f, 1f);

    [Fact]
    public void Analyze_CouldntBeHappier_IsJoyNotSadness()
    {
        var mix = E("Couldn't be happier with my purchase!");

        Assert.True(mix.Joy > 0);
        Assert.Equal(0f, mix.Sadness);
    }
}
