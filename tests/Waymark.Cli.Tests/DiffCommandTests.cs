using System.Text.Json;
using Waymark.Cli.Commands;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Cli.Tests;

/// <summary>`waymark diff` on real files: the lines, the JSON, the exit codes (0 same, 1 different, 2 trouble).</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public async Task Diff_SameFileAsJsonAndYaml_ExitsZeroNoDifferences()
    {
        using var cli = new CliRunner();
        var json = cli.PathOf("trial.waymark.json");
        var yaml = cli.PathOf("trial.waymark.yaml");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", json);
        await cli.RunAsync("convert", json, "-o", yaml);

        var result = await cli.RunAsync("diff", json, yaml);

        Assert.True(File.Exists(yaml), result.Error);
        Assert.Equal(DiffCommand.Same, result.ExitCode);
        Assert.Contains("No differences.", result.OutputLines);
        Assert.Contains("(parts matched by id)", result.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_EditedYamlVersion_PrintsEachChangeAndExitsOne()
    {
        using var cli = new CliRunner();
        var before = cli.PathOf("before.waymark.json");
        var after = cli.PathOf("after.waymark.yaml");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", before);
        var map = MapSerializer.Read(File.ReadAllBytes(before), MapFormat.Json).Map!;
        map.Stages[0].Name = "<b>Discover</b>";
        var removed = map.Stages[^1].Steps[0];
        map.Stages[^1].Steps.Remove(removed);
        map.Lanes.ForEach(l => l.Cells.Remove(removed.Id));
        File.WriteAllText(after, MapSerializer.ToYaml(map));

        var result = await cli.RunAsync("diff", before, after);

        Assert.True(result.ExitCode == DiffCommand.Different, result.Error);
        Assert.Equal(DiffCommand.Different, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith("~ Stage ", StringComparison.Ordinal) && l.EndsWith("renamed to \"<b>Discover</b>\"", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("- Step ", StringComparison.Ordinal));
        Assert.Equal("2 differences", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Diff_Json_MachineReadableWithMatchingAndPlaces()
    {
        using var cli = new CliRunner();
        var current = cli.PathOf("current.waymark.json");
        var future = cli.PathOf("future.waymark.json");
        await cli.RunAsync("new", "--template", "hotel-stay", "-o", current);
        var map = MapCopier.Copy(MapSerializer.Read(File.ReadAllBytes(current), MapFormat.Json).Map!, newIds: true);
        map.Kind = MapKind.FutureState;
        var lane = map.Lanes.First(l => l.Kind == LaneKind.Actions);
        var step = map.Stages[0].Steps[0];
        lane.Cells[step.Id].Text = "Books in the app";
        File.WriteAllText(future, MapSerializer.ToJson(map));

        var result = await cli.RunAsync("diff", "--json", current, future);

        Assert.Equal(DiffCommand.Different, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal("namesAndPositions", doc.RootElement.GetProperty("matching").GetString());
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        var cell = changes.Single(c => c.GetProperty("subject").GetString() == "cell");
        Assert.Equal("Books in the app", cell.GetProperty("to").GetString());
        Assert.Equal(step.Id, cell.GetProperty("after").GetProperty("stepId").GetString());
        Assert.Equal(lane.Id, cell.GetProperty("after").GetProperty("laneId").GetString());
    }

    [Fact]
    public async Task Diff_BadFile_ExitsTwoNamingFileAndLine()
    {
        using var cli = new CliRunner();
        var good = cli.PathOf("good.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", good);
        var bad = cli.PathOf("bad.waymark.json");
        File.WriteAllText(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \n}\n");

        var result = await cli.RunAsync("diff", good, bad);

        Assert.Equal(DiffCommand.Trouble, result.ExitCode);
        Assert.Contains(result.Error.Split('\n'), l => l.StartsWith($"{bad}: ", StringComparison.Ordinal) && l.Contains("line", StringComparison.Ordinal));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Diff_InvalidMapAndMissingFile_BothReportedExitsTwo()
    {
        using var cli = new CliRunner();
        var invalid = cli.PathOf("invalid.waymark.json");
        File.WriteAllText(invalid, "{\"schemaVersion\": 99, \"id\": \"m\", \"name\": \"x\"}");
        var missing = cli.PathOf("missing.waymark.json");

        var result = await cli.RunAsync("diff", invalid, missing);

        Assert.Equal(DiffCommand.Trouble, result.ExitCode);
        Assert.Contains($"{invalid}: schemaVersion", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{missing}: cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_OneArgument_UsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("diff", cli.PathOf("a.waymark.json"));

        Assert.Equal(DiffCommand.Trouble, result.ExitCode);
    }
}
