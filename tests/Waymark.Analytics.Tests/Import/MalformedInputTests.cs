using System.IO.Compression;
using System.Text;
using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

public sealed class MalformedInputTests
{
    private const string Header = "customer_id,activity,timestamp";

    [Fact]
    public void Import_BadTimestampUnderFail_ImportsNothingAndNamesLineAndColumn()
    {
        var result = InlineText.Import(InlineText.Lines(Header, "c1,A,2024-01-01", "c2,B,2024-13-01"));

        Assert.Null(result.Log);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((3L, 6L), (problem.Line, problem.Column));
        Assert.Contains("2024-13-01", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadRowsUnderSkip_ImportsTheRestAndCounts()
    {
        var result = InlineText.Import(InlineText.Lines(Header, "c1,A,1", "c2,B,never", ",C,3", "c3,D"), options: new ImportOptions { OnError = OnError.Skip });

        Assert.Equal(1, result.Log!.EventCount);
        Assert.Equal(3, result.ProblemCount);
        Assert.Equal([3L, 4, 5], result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Import_ManyBadRowsUnderFail_ListsTheFirst20()
    {
        var rows = Enumerable.Range(0, 50).Select(i => $"c{i},A,bad{i}");

        var result = InlineText.Import(InlineText.Lines([Header, .. rows]));

        Assert.Null(result.Log);
        Assert.Equal(20, result.Problems.Count);
        Assert.Equal(2, result.Problems[0].Line);
        Assert.Equal(21, result.Problems[^1].Line);
    }

    [Fact]
    public void Import_MissingColumn_IsFatalOnLineOne()
    {
        var result = InlineText.Import(InlineText.Lines("customer_id,activity", "c1,A"));

        Assert.Null(result.Log);
        Assert.True(result.Fatal);
        Assert.Equal((1L, 1L), (result.Problems[0].Line, result.Problems[0].Column));
        Assert.Contains("missing timestamp column", result.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WrongDelimiter_SaysSoInTheError()
    {
        var result = InlineText.Import(InlineText.Lines("customer_id;activity;timestamp", "c1;A;1"), options: new ImportOptions { Delimiter = ',' });

        Assert.Null(result.Log);
        Assert.Contains("delimiter", result.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnclosedQuote_NamesLineAndColumn()
    {
        var result = InlineText.Import(Header + "\nc1,A,1\nc2,\"B,2");

        Assert.Null(result.Log);
        Assert.Equal((3L, 4L), (result.Problems[0].Line, result.Problems[0].Column));
    }

    [Fact]
    public void ImportFile_TruncatedGzip_IsFatalWithLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"waymark-truncated-{Guid.NewGuid():N}.csv.gz");
        var bytes = Gzip(InlineText.Lines([Header, .. Enumerable.Range(0, 20_000).Select(i => $"customer-{i},Activity {i % 7},{1_700_000_000 + i}")]));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        try
        {
            var result = EventImporter.ImportFile(path);

            Assert.Null(result.Log);
            Assert.True(result.Fatal);
            Assert.True(result.Problems[^1].Line > 1);
            Assert.True(result.Problems[^1].Column >= 1);
            Assert.Contains("gzip", result.Problems[^1].Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_TwoGigabyteLine_StopsAtTheCapWithLineAndColumn()
    {
        using var stream = new EndlessLineStream(Encoding.UTF8.GetBytes(Header + "\nc1,A,1\n"), 2L << 30);

        var result = EventImporter.Import(stream, ImportFormat.Csv, new ImportOptions { MaxLineLength = 1 << 20 });

        Assert.Null(result.Log);
        Assert.Equal((3L, (1L << 20) + 1), (result.Problems[^1].Line, result.Problems[^1].Column));
        Assert.Contains("longer than", result.Problems[^1].Reason, StringComparison.Ordinal);
        Assert.True(stream.Position < 64L << 20, "the reader must stop near the cap, not read the whole line");
    }

    [Fact]
    public void Import_EmptyFile_IsFatal()
    {
        Assert.True(InlineText.Import("").Fatal);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
