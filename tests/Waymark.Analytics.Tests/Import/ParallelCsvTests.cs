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

    [Fact]
    public void Import_LineLongerThanCapInALaterBlock_NamesItsLine()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,A,1", "c1,B,2", "c2," + new string('x', 300) + ",3");

        var result = InlineText.Import(text, options: new ImportOptions { MaxLineLength = 100, BlockChars = 16 });

        Assert.Null(result.Log);
        Assert.Equal((4L, 101L), (result.Problems[^1].Line, result.Problems[^1].Column));
    }
}
