using Waymark.Server.Features.Audit;

namespace Waymark.Server.Tests.Audit;

/// <summary>Text that reaches a line is storable on both providers: no control character, no half of a pair.</summary>
public sealed class AuditTextTests
{
    [Theory]
    [InlineData("a\0b.csv", "a\uFFFDb.csv")]
    [InlineData("two\r\nlines", "two\uFFFD\uFFFDlines")]
    [InlineData("Zoë 😀", "Zoë 😀")]
    public void Clean_ControlsAndLoneSurrogates_BecomeReplacementCharacters(string text, string expected) =>
        Assert.Equal(expected, AuditText.Clean(text, 100));

    [Fact]
    public void Clean_LoneSurrogate_BecomesAReplacementCharacter() // built here: attribute strings cannot carry one
    {
        var text = "lone " + (char)0xD800 + " half";

        Assert.Equal("lone \uFFFD half", AuditText.Clean(text, 100));
    }

    [Fact]
    public void Clean_CutInsideAPair_KeepsThePairOut()
    {
        Assert.Equal("abc", AuditText.Clean("abc😀", 4));
        Assert.Equal("abc😀", AuditText.Clean("abc😀x", 5));
        Assert.Null(AuditText.Clean(null, 5));
    }
}
