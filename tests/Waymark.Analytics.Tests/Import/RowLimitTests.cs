using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

/// <summary>
/// <see cref="ImportOptions.MaxRows"/>: the importer stops reading once the file passes it (instead of reading a
/// huge file whole and counting after), and builds no log.
/// </summary>
public sealed class RowLimitTests
{
    private const long HugeRows = 40_000_000; // about 1 GB of text if it were read to the end

    [Theory]
    [InlineData("customer_id,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", ImportFormat.Csv)] // parallel CSV reader
    [InlineData("customer_id,activity,timestamp,plan\n", "c1,Visited,2026-11-01T10:00:00Z,pro\n", ImportFormat.Csv)] // sequential (a property column)
    [InlineData("", "{\"customer_id\":\"c1\",\"activity\":\"Visited\",\"timestamp\":\"2026-11-01T10:00:00Z\"}\n", ImportFormat.Ndjson)]
    public void Import_HugeFileOverMaxRows_StopsReadingEarlyWithoutALog(string header, string row, ImportFormat format)
    {
        using var stream = new RepeatedRowsStream(header, row, HugeRows);

        var result = EventImporter.Import(stream, format, new ImportOptions { MaxRows = 1_000, OnError = OnError.Skip });

        Assert.True(result.OverRowLimit);
        Assert.Null(result.Log);
        Assert.True(result.RowsRead > 1_000);
        // At most one progress interval (65,536 rows) or a few CSV blocks past the limit: well under 1% of the file.
        Assert.True(stream.BytesRead < 16 * 1024 * 1024, $"{stream.BytesRead:N0} bytes read");
    }

    [Fact]
    public void Import_OneRowOverMaxRows_RefusedAtTheEnd()
    {
        using var over = new RepeatedRowsStream("customer,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", 1_001);
        using var at = new RepeatedRowsStream("customer,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", 1_000);

        var refused = EventImporter.Import(over, ImportFormat.Csv, new ImportOptions { MaxRows = 1_000 });
        var taken = EventImporter.Import(at, ImportFormat.Csv, new ImportOptions { MaxRows = 1_000 });

        Assert.True(refused.OverRowLimit);
        Assert.Null(refused.Log);
        Assert.False(taken.OverRowLimit);
        Assert.Equal(1_000, taken.Log!.EventCount);
    }

    [Fact]
    public void Import_NoMaxRows_ReadsEverything()
    {
        using var stream = new RepeatedRowsStream("customer,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", 200_000);

        var result = EventImporter.Import(stream, ImportFormat.Csv);

        Assert.False(result.OverRowLimit);
        Assert.Equal(200_000, result.Log!.EventCount);
    }
}
