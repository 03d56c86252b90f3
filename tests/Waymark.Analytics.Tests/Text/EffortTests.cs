using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

public sealed class EffortTests
{
    private static TextAnalysis A(string text) => TextAnalyzer.Default.Analyze(text);

    [Theory]
    [InlineData("I had to call three times before anyone helped")]
    [InlineData("The refund took forever")]
    [InlineData("I was on hold for an hour")]
    [InlineData("They kept asking for the same documents")]
    [InlineData("Still waiting for someone to get back to me")]
    [InlineData("I was transferred between departments")]
    [InlineData("Called 4 times about the same problem")]
    [InlineData("I had to explain my problem over and over")]
    public void Analyze_StrongEffortCue_IsHighEffort(string text)
    {
        var a = A(text);

        Assert.True(a.HighEffort, text);
        Assert.InRange(a.Effort, 0.6, 1);
    }

    [Fact]
    public void Analyze_ConfusingForm_IsSomeEffort()
    {
        var a = A("The form was confusing");

        Assert.InRange(a.Effort, 0.3, 0.5);
        Assert.False(a.HighEffort);
    }

    [Fact]
    public void Analyze_TwoWeakCues_AddUpToHighEffort() =>
        Assert.True(A("The form was confusing and the page was slow").HighEffort);

    [Theory]
    [InlineData("Setup was easy and quick")]
    [InlineData("Sorted on the first call")]
    [InlineData("The form wasn't confusing at all")]
    [InlineData("I never had to call twice")]
    public void Analyze_EaseOrNegatedEffort_IsNoEffort(string text)
    {
        var a = A(text);

        Assert.Equal(0, a.Effort);
        Assert.False(a.HighEffort);
    }

    [Fact]
    public void Analyze_NotEasy_IsEffort() => Assert.True(A("Returning it was not easy").Effort > 0);

    [Fact]
    public void Analyze_Mixed_EaseOffsetsEffort() =>
        Assert.True(A("The form was confusing but support was quick").Effort < A("The form was confusing").Effort);
}
