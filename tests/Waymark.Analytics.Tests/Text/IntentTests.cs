using Waymark.Analytics.Text;

namespace Waymark.Analytics.Tests.Text;

public sealed class IntentTests
{
    private static Intents I(string text) => TextAnalyzer.Default.Analyze(text).Intents;

    [Theory]
    [InlineData("I want to cancel my subscription", Intents.Cancel)]
    [InlineData("Please close my account", Intents.Cancel)]
    [InlineData("I won't be renewing next year", Intents.Cancel)]
    [InlineData("We will not renew the contract", Intents.Cancel)]
    [InlineData("I'm switching to a competitor", Intents.Switch)]
    [InlineData("Time to take my business elsewhere", Intents.Switch)]
    [InlineData("I want my money back", Intents.Refund)]
    [InlineData("When will I get the refund", Intents.Refund)]
    [InlineData("I'd like to file a complaint about the driver", Intents.Complaint)]
    [InlineData("This is unacceptable", Intents.Complaint)]
    [InlineData("Thank you for the quick help", Intents.Praise)]
    [InlineData("Kudos to the team", Intents.Praise)]
    [InlineData("How do I export my data", Intents.Question)]
    [InlineData("Can you send me the invoice?", Intents.Question)]
    [InlineData("Is it possible to change plans", Intents.Question)]
    public void Analyze_IntentCue_IsFound(string text, Intents expected) => Assert.True(I(text).HasFlag(expected), $"{text}: {I(text)}");

    [Theory]
    [InlineData("I won't cancel, the new version is fine", Intents.Cancel)]
    [InlineData("I'm not switching to another provider", Intents.Switch)]
    [InlineData("No refund needed, it works now", Intents.Refund)]
    [InlineData("Not complaining, just a note", Intents.Complaint)]
    [InlineData("I never thought about cancelling", Intents.Cancel)]
    public void Analyze_NegatedIntent_IsNotFound(string text, Intents intent) => Assert.False(I(text).HasFlag(intent), $"{text}: {I(text)}");

    [Fact]
    public void Analyze_WouldNotRecommend_IsComplaintNotPraise()
    {
        var intents = I("I would not recommend them");

        Assert.True(intents.HasFlag(Intents.Complaint));
        Assert.False(intents.HasFlag(Intents.Praise));
    }

    [Fact]
    public void Analyze_MixedText_HasSeveralIntents()
    {
        var intents = I("Thanks for trying, but I want a refund and I'm cancelling. Can you confirm?");

        Assert.Equal(Intents.Praise | Intents.Refund | Intents.Cancel | Intents.Question, intents & (Intents.Praise | Intents.Refund | Intents.Cancel | Intents.Question));
    }

    [Fact]
    public void Analyze_VeryNegativeText_IsComplaint() => Assert.True(I("Terrible, awful service. The worst.").HasFlag(Intents.Complaint));

    [Fact]
    public void Analyze_VeryPositiveText_IsPraise() => Assert.True(I("Wonderful, friendly people and a great product!").HasFlag(Intents.Praise));

    [Theory]
    [InlineData("The parcel was delivered on Tuesday.")]
    [InlineData("What a day.")]
    [InlineData("When I called they answered straight away.")]
    public void Analyze_Statement_HasNoIntent(string text) => Assert.Equal(Intents.None, I(text));

    [Fact]
    public void Analyze_CantRecommendEnough_IsPraiseNotComplaint()
    {
        var intents = I("Can't recommend them enough, the staff went above and beyond.");

        Assert.True(intents.HasFlag(Intents.Praise));
        Assert.False(intents.HasFlag(Intents.Complaint));
    }

    [Fact]
    public void Analyze_QuestionOpenerInsideASentence_IsNoQuestion() =>
        Assert.False(I("Not perfect, but it does the job.").HasFlag(Intents.Question));
}
