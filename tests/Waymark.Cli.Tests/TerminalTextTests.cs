using Waymark.Cli.Internals;

namespace Waymark.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain text, [markup] and 100%", "plain text, [markup] and 100%")]
    [InlineData("\u001B[31mred\u001B[0m", "\\u001B[31mred\\u001B[0m")]
    [InlineData("bell\u0007 nul\u0000 del\u007F", "bell\\u0007 nul\\u0000 del\\u007F")]
    [InlineData("c1 csi \u009B2J next line \u0085", "c1 csi \\u009B2J next line \\u0085")]
    [InlineData("\u202Egnp.exe \u2066x\u2069", "\\u202Egnp.exe \\u2066x\\u2069")]
    [InlineData("a\uFFFFb\uFFFEc\uFDD0d", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("plane 1 nonchar \U0001FFFF", "plane 1 nonchar \uFFFD")]
    [InlineData("emoji \U0001F600, 日本語, café", "emoji \U0001F600, 日本語, café")]
    [InlineData("tab\there\r\nline", "tab\\u0009here\\u000D\\u000Aline")]
    public void Value_ShowsControlsEscapedAndReplacesNoncharacters(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Value(text));
    }

    [Theory]
    [InlineData("one\ntwo\r\nthree\tfour", "one\ntwo\r\nthree\tfour")]
    [InlineData("lone\rreturn", "lone\\u000Dreturn")]
    [InlineData("\u001B]0;title\u0007\n", "\\u001B]0;title\\u0007\n")]
    public void Message_KeepsLineBreaksAndTabsOnly(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Message(text));
    }

    [Fact]
    public void Value_LoneSurrogates_AreReplaced()
    {
        // Built from chars: xunit cannot carry an ill-formed string through InlineData intact.
        var text = new string(['a', '\uD800', 'b', '\uDC00', '\uD800']);

        Assert.Equal("a\uFFFDb\uFFFD\uFFFD", TerminalText.Value(text));
    }

    [Fact]
    public void Value_NothingToChange_ReturnsTheSameString()
    {
        var text = "Signed up";

        Assert.Same(text, TerminalText.Value(text));
        Assert.Equal("", TerminalText.Value(null));
    }

    [Fact]
    public void TerminalWriter_CharByChar_KeepsSurrogatePairsAndEscapesControls()
    {
        using var inner = new StringWriter();
        using var writer = new TerminalWriter(inner);

        foreach (var c in "\U0001F600\u001B[1m!")
        {
            writer.Write(c);
        }

        writer.WriteLine();
        writer.Flush();

        Assert.Equal("\U0001F600\\u001B[1m!" + Environment.NewLine, inner.ToString());
    }
}
