using System.Text;

namespace Waymark.Cli.Tests;

/// <summary>`waymark export`: the renderer offline on a file, picking the format from the option or the extension.</summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("pdf", "%PDF-")]
    [InlineData("svg", "<?xml")]
    [InlineData("png", "\u0089PNG")]
    [InlineData("md", "# ")]
    public async Task Export_FormatOption_WritesThatFile(string format, string start)
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);
        var output = cli.PathOf("out." + format);

        var result = await cli.RunAsync("export", map, "--format", format, "-o", output, "--scale", "1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith(start, Encoding.Latin1.GetString(File.ReadAllBytes(output), 0, 8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NoFormat_TakesItFromTheOutputExtension()
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);

        var result = await cli.RunAsync("export", map, "-o", cli.PathOf("cells.csv"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("stage,step,lane", File.ReadAllText(cli.PathOf("cells.csv"), Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ExistingOutput_RefusesWithoutForce()
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);
        File.WriteAllText(cli.PathOf("map.pdf"), "keep me");

        var result = await cli.RunAsync("export", map, "-o", cli.PathOf("map.pdf"));

        Assert.Equal(ExitCodes.IoError, result.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(cli.PathOf("map.pdf")));
    }

    [Theory]
    [InlineData("--scale", "4")]
    [InlineData("--persona", "per_nobody")]
    public async Task Export_BadOption_IsAUsageError(string option, string value)
    {
        using var cli = new CliRunner();
        var map = cli.PathOf("trial.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", map);

        var result = await cli.RunAsync("export", map, "-o", cli.PathOf("x.png"), option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(cli.PathOf("x.png")));
    }
}
