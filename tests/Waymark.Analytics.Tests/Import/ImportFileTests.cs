using System.IO.Compression;
using System.Text;
using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

public sealed class ImportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waymark-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Rows(int customers) => InlineText.Lines(["customer_id,activity,timestamp",
        .. Enumerable.Range(0, customers * 3).Select(i => $"c{i / 3},Step {i % 3},{1_700_000_000 + i}")]);

    [Fact]
    public void ImportFile_CompleteGzip_PassesTheTrailerCheck()
    {
        var path = Path.Combine(_folder, "events.csv.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Rows(5_000)));
        }

        var result = EventImporter.ImportFile(path);

        Assert.Equal((15_000, 5_000), (result.Log!.EventCount, result.Log.CustomerCount));
    }

    [Fact]
    public void ImportFile_WithProgress_ReportsUpToTheWholeFile()
    {
        var path = Path.Combine(_folder, "events.csv");
        File.WriteAllText(path, Rows(50_000));
        var reports = new List<ImportProgress>();

        EventImporter.ImportFile(path, progress: new SyncProgress(reports.Add));

        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Equal(150_000, reports[^1].Rows);
    }

    [Fact]
    public void ImportFile_TsvExtension_DefaultsToTab()
    {
        var path = Path.Combine(_folder, "events.tsv");
        File.WriteAllText(path, "customer\tactivity\ttime\nc1\tA\t1\n");

        Assert.Equal(1, EventImporter.ImportFile(path).Log!.EventCount);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
