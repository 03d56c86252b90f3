using System.Globalization;
using System.Text;
using Waymark.Analytics.Events;
using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

/// <summary>The parallel CSV reader (blocks of whole records) must give exactly what the sequential one gives.</summary>
public sealed class ParallelCsvTests
{
    private static string RandomCsv(bool withExtraColumn, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(withExtraColumn ? "customer_id,activity,timestamp,channel,note\n" : "customer_id,activity,timestamp,channel\n");
        for (var i = 0; i < 2_000; i++)
        {
            var activity = random.Next(6) switch
            {
                0 => "\"Said \"\"hi\"\"\nthen left\"",
                1 => "\"a, b\"",
                2 => "  Padded  ",
                _ => "Step" + random.Next(5).ToString(CultureInfo.InvariantCulture),
            };
            var time = random.Next(20) == 0 ? "not-a-time" : (1_700_000_000 + random.Next(100)).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"c{random.Next(300)},{activity},{time},{(random.Next(2) == 0 ? "web" : "")}");
            text.Append(withExtraColumn ? ",x\n" : "\n");
            if (random.Next(50) == 0)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Rows like an export's (customers in runs, many of them, repeating across blocks; the common timestamp
    /// shape), with now and then a quoted field (with a line break), padding, a "\r\n", a blank line and bad rows
    /// of every kind, so some blocks have quotes and others not. The extra header column (a property column no
    /// row fills) makes the importer read the file sequentially.
    /// </summary>
    private static string ExportLikeCsv(bool withExtraColumn, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(withExtraColumn ? "customer_id,timestamp,activity,channel,note\n" : "customer_id,timestamp,activity,channel\n");
        var customer = 0;
        for (var i = 0; i < 6_000; i++)
        {
            customer = random.Next(4) == 0 ? random.Next(3_000) : customer;
            var row = random.Next(60) switch
            {
                0 => $"c{customer},2024-02-30 10:00:00,Step1,web",
                1 => $"c{customer},2024-01-01 24:00:00,Step1,",
                2 => $",2024-01-01 10:00:00,Step1,web",
                3 => $"c{customer},2024-01-01 10:00:00",
                4 => $"  c{customer} ,2024-01-01 10:00:00, Step2 ,  ",
                5 => $"c{customer},\"2024-01-01 10:00:{random.Next(60):00}\",\"Said \"\"hi\"\"\nthen left\",web",
                6 => $"c{customer},2024-01-01T10:00:00Z,Step3,app",
                7 => $"c{customer},1700000000,Step3,app",
                8 => $"c{customer},2023-02-29 10:00:00,Step1,web",
                9 => $"c{customer},2024-1-01 10:00:00,Step1,web",
                10 => $"c{customer},2024-01-01 10:00:00.5,Step{random.Next(40)},web",
                11 => $"c{customer},2024-01-01 10:00:00,Step1,web,more,fields",
                12 => $"c{customer},2024-01-01 10:00:00,Step1,\r",
                _ => $"c{customer},2024-{1 + random.Next(12):00}-{1 + random.Next(28):00} {random.Next(24):00}:{random.Next(60):00}:{random.Next(60):00},Step{random.Next(8)},{(random.Next(3) == 0 ? "" : "web")}",
            };
            text.Append(row).Append(random.Next(30) == 0 ? "\r\n" : "\n");
            if (random.Next(80) == 0)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static List<string> Events(EventLog log) =>
        [.. Enumerable.Range(0, log.EventCount).Select(i => log.GetEvent(i)).Select(e => $"{e.CustomerId}|{e.Activity}|{e.Timestamp:O}|{e.Channel}")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Import_ManySmallBlocks_EqualsTheSequentialRead(int seed)
    {
        var options = new ImportOptions { OnError = OnError.Skip, MaxLineLength = 200, BlockChars = 64 };
        var parallel = InlineText.Import(RandomCsv(false, seed), options: options);
        var sequential = InlineText.Import(RandomCsv(true, seed), options: options);

        Assert.Equal(Events(sequential.Log!), Events(parallel.Log!));
        Assert.Equal(sequential.ProblemCount, parallel.ProblemCount);
        Assert.Equal(sequential.Problems, parallel.Problems);
        Assert.True(parallel.ProblemCount > 0);
    }

    [Theory]
    [InlineData(1, 64)]
    [InlineData(2, 300)]
    [InlineData(3, 4096)]
    public void Import_ExportLikeRowsInBlocks_EqualsTheSequentialRead(int seed, int blockChars)
    {
        var options = new ImportOptions { OnError = OnError.Skip, MaxLineLength = 200, BlockChars = blockChars, ReportedProblems = 10_000 };
        var parallel = InlineText.Import(ExportLikeCsv(false, seed), options: options);
        var sequential = InlineText.Import(ExportLikeCsv(true, seed), options: options);

        Assert.Equal(sequential.Log!.Customers.Names, parallel.Log!.Customers.Names);
        Assert.Equal(sequential.Log.Activities.Names, parallel.Log.Activities.Names);
        Assert.Equal(sequential.Log.Channels.Names, parallel.Log.Channels.Names);
        Assert.Equal(Events(sequential.Log), Events(parallel.Log));
        Assert.Equal(sequential.Problems, parallel.Problems);
        Assert.True(parallel.ProblemCount > 100);
        Assert.True(parallel.Log.CustomerCount > 1_000);
    }

    [Fact]
    public void Import_LineLongerThanCapInALaterBlock_NamesItsLine()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,A,1", "c1,B,2", "c2," + new string('x', 300) + ",3");

        var result = InlineText.Import(text, options: new ImportOptions { MaxLineLength = 100, BlockChars = 16 });

        Assert.Null(result.Log);
        Assert.Equal((4L, 101L), (result.Problems[^1].Line, result.Problems[^1].Column));
    }
}
