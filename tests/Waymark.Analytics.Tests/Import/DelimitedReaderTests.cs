using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Import;

public sealed class DelimitedReaderTests
{
    private static DelimitedTable Read(string text, char delimiter = ',') => DelimitedReader.Read(new StringReader(text), delimiter);

    [Fact]
    public void Read_QuotedFieldsAndEmptyLines_RowsKeepTheLineTheyStartOn()
    {
        var table = Read("a,b\r\n\n\"x, \"\"y\"\"\",\"two\nlines\"\nlast,\n");

        Assert.Null(table.Problem);
        Assert.Equal([1L, 3L, 5L], table.Rows.Select(r => r.Line));
        Assert.Equal(["a", "b"], table.Rows[0].Fields);
        Assert.Equal(["x, \"y\"", "two\nlines"], table.Rows[1].Fields);
        Assert.Equal(["last", ""], table.Rows[2].Fields);
    }

    [Fact]
    public void Read_Tabs_SplitOnTabsOnly()
    {
        var table = Read("a\tb,c\n1\t2\n", '\t');

        Assert.Equal(["a", "b,c"], table.Rows[0].Fields);
        Assert.Equal(["1", "2"], table.Rows[1].Fields);
    }

    [Fact]
    public void Read_QuoteNeverClosed_NamesTheLineTheFieldStartsOn()
    {
        var table = Read("a,b\n\"one\ntwo\",\"never closed\nmore\n");

        Assert.Single(table.Rows);
        Assert.Equal(new DelimitedProblem(3, QuoteNotClosed: true, "a quoted field is not closed"), table.Problem);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_NamesTheLineItIsOn()
    {
        var table = Read("a,b\n\"one\ntwo\"x,1\n");

        Assert.Equal(new DelimitedProblem(3, QuoteNotClosed: false, "unexpected character after a closing quote"), table.Problem);
    }
}
