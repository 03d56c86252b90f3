using System.Text;

namespace Waymark.Cli.Tests;

/// <summary>Files that used to crash the CLI with a stack trace: each is now a problem with its line, and exit code Invalid.</summary>
public sealed class InvalidInputCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("events.csv", "line 2, field 3 (timestamp)")]
    [InlineData("events.ndjson", "line 1: properties.k is not valid Unicode text")]
    [InlineData("log.xes.gz", "line 1")]
    [InlineData("log.xes", "line 1")]
    public async Task Analyze_HostileFile_NamesTheProblemWithoutAStackTrace(string name, string where)
    {
        var path = _cli.PathOf(name);
        File.WriteAllBytes(path, name switch
        {
            "events.csv" => Encoding.UTF8.GetBytes("customer_id,activity,timestamp\nc1,A,-9223372036854775808\n"),
            "events.ndjson" => Encoding.UTF8.GetBytes("""{"customer_id":"c1","activity":"A","timestamp":1700000000,"properties":{"k":"\udc00"}}""" + "\n"),
            "log.xes.gz" => [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, .. Enumerable.Repeat((byte)0xFF, 64)],
            _ => [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF8.GetBytes("<log><trace></trace></log>")],
        });

        var result = await _cli.RunAsync("analyze", path, "stats");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains(where, result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackImport_TimeAtLongMinValue_NamesTheRowWithoutAStackTrace()
    {
        var path = _cli.PathOf("feedback.csv");
        File.WriteAllText(path, "customer,time,text\nc1,-9223372036854775808,fine\nc2,2026-11-01T10:00:00Z,fine too\n");

        // A bad row stops the import before anything is sent, so no server needs to listen there.
        var result = await _cli.RunAsync("feedback", "import", path, "--server", "http://127.0.0.1:9", "--key", "wm_test");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, field 2 (time): cannot read '-9223372036854775808' as a time", result.Output + result.Error, StringComparison.Ordinal);
    }
}
