using System.Text;

namespace Waymark.Cli.Tests;

/// <summary>`waymark report`: the stakeholder report offline on a file; without a server its data sections say so.</summary>
public sealed class ReportCommandTests
{
    [Theory]
    [InlineData("pdf", "%PDF-")]
    [InlineData("html", "<!DOCTYPE html>")]
    public async Task Report_FormatOption_WritesThatFile(string format, string start)
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);
        var output = cli.PathOf("out." + format);

        var result = await cli.RunAsync("report", map, "--format", format, "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith(start, Encoding.UTF8.GetString(File.ReadAllBytes(output), 0, 16), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Offline_SaysNoDataBound()
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);

        var result = await cli.RunAsync("report", map, "-o", cli.PathOf("report.html"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var html = File.ReadAllText(cli.PathOf("report.html"), Encoding.UTF8);
        Assert.Contains("No data bound", html, StringComparison.Ordinal);
        Assert.Contains("Local files", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownPersona_IsAUsageError()
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);

        var result = await cli.RunAsync("report", map, "--persona", "per_nobody", "-o", cli.PathOf("r.pdf"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(cli.PathOf("r.pdf")));
    }
}
