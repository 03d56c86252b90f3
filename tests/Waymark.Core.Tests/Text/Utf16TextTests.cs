using Waymark.Core.Text;

namespace Waymark.Core.Tests.Text;

public sealed class Utf16TextTests
{
    [Theory]
    [InlineData("", -1)]
    [InlineData("plain text", -1)]
    [InlineData("emoji \U0001F600 paired", -1)]
    [InlineData("half <D83D> alone", 5)]
    [InlineData("<DC00> low first", 0)]
    [InlineData("ends high <D83D>", 10)]
    [InlineData("\U0001F600<DE00>", 2)]
    public void IndexOfLoneSurrogate_Text_FindsTheFirstUnpairedHalf(string written, int expected)
    {
        // Theory data travels as UTF-8, which cannot carry a lone surrogate: it is spelled <D83D> and made here.
        var text = System.Text.RegularExpressions.Regex.Replace(written, "<([0-9A-F]{4})>", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        Assert.Equal(expected, Utf16Text.IndexOfLoneSurrogate(text));
        Assert.Equal(expected < 0, Utf16Text.IsWellFormed(text));
    }

    [Fact]
    public void Repair_LoneSurrogates_ReplacedAndPairsKept()
    {
        var repaired = Utf16Text.Repair("a\ud800b\U0001F600\udc00\ud83d", out var changed);

        Assert.True(changed);
        Assert.Equal("a\uFFFDb\U0001F600\uFFFD\uFFFD", repaired);
    }

    [Fact]
    public void Repair_WellFormed_ReturnsTheSameString()
    {
        var text = "fine \U0001F600";

        Assert.Same(text, Utf16Text.Repair(text, out var changed));
        Assert.False(changed);
    }
}
