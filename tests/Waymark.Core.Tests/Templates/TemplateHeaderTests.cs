using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Tests.Templates;

public sealed class TemplateHeaderTests
{
    [Fact]
    public void Parse_OrderAndSummary_ReadsBothAndWhereTheMapBegins()
    {
        const string text = "# summary: Ten steps: from A to B.\n# order: 20\nschemaVersion: 1\n";

        var header = TemplateHeader.Parse(text, out var length);

        Assert.Equal(new TemplateHeader(20, "Ten steps: from A to B."), header);
        Assert.Equal("schemaVersion: 1\n", text[length..]);
    }

    [Theory]
    [InlineData("# order: 1\nschemaVersion: 1\n", "summary")]
    [InlineData("# summary: S\nschemaVersion: 1\n", "order")]
    [InlineData("# order: 1\n# summary: \nschemaVersion: 1\n", "summary")]
    [InlineData("# order: first\n# summary: S\n", "first")]
    [InlineData("# order: -1\n# summary: S\n", "-1")]
    [InlineData("# order: 1\n# order: 2\n# summary: S\n", "repeats")]
    [InlineData("# order: 1\n# sumary: S\n", "sumary")]
    [InlineData("# order: 1\n# A comment\n# summary: S\n", "A comment")]
    [InlineData("#order: 1\n# summary: S\n", "#order")]
    public void Parse_BrokenHeader_ThrowsSayingWhat(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TemplateHeader.Parse(text, out _));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
