using Waymark.Testing;
using Waymark.Core.FileFormat;

namespace Waymark.Cli.Tests;

public sealed class ServerCommandsTests
{
    [Fact]
    public async Task PullThenPush_EditedFile_UpdatesTheServerMap()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var cli = new CliRunner();
        var folder = cli.PathOf("maps");

        var pull = await cli.RunAsync("pull", "--server", server.Address.ToString(), "-o", folder);
        var file = Path.Combine(folder, "saas-free-trial-to-paid.waymark.json");
        var map = MapSerializer.Read(File.ReadAllText(file), MapFormat.Json).Map!;
        map.Name = "SaaS trial, edited in git";
        File.WriteAllText(file, MapSerializer.ToJson(map));
        var push = await cli.RunAsync("push", file, "--server", server.Address.ToString());
        var again = await cli.RunAsync("pull", "--server", server.Address.ToString(), "-o", cli.PathOf("again"));

        Assert.Equal(ExitCodes.Ok, pull.ExitCode);
        Assert.True(Directory.GetFiles(folder, "*.waymark.json").Length >= 10);
        Assert.Equal(ExitCodes.Ok, push.ExitCode);
        Assert.Contains($"updated {map.Id}", push.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.PathOf("again/saas-trial-edited-in-git.waymark.json")), again.Output);
    }

    [Fact]
    public async Task Push_NewFile_CreatesMapWithSameId()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var cli = new CliRunner();
        var file = cli.PathOf("hotel.waymark.yaml");
        await cli.RunAsync("new", "--template", "hotel-stay", "-o", file);
        var id = MapSerializer.Read(File.ReadAllText(file), MapFormat.Yaml).Map!.Id;

        var push = await cli.RunAsync("push", file, "--server", server.Address.ToString());
        var pull = await cli.RunAsync("pull", "--server", server.Address.ToString(), "--map", id, "-f", "yaml", "-o", cli.PathOf("out"));

        Assert.Equal(ExitCodes.Ok, push.ExitCode);
        Assert.Contains($"created {id}", push.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, pull.ExitCode);
        Assert.Equal(File.ReadAllText(file), File.ReadAllText(Directory.GetFiles(cli.PathOf("out")).Single()));
    }

    [Fact]
    public async Task Push_InvalidFile_ExitsInvalidAndSendsNothing()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var cli = new CliRunner();
        var file = cli.PathOf("bad.waymark.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1}");

        var push = await cli.RunAsync("push", file, "--server", server.Address.ToString());

        Assert.Equal(ExitCodes.Invalid, push.ExitCode);
        Assert.Contains("bad.waymark.json: ", push.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_NoServer_ExitsServerError()
    {
        using var cli = new CliRunner();

        var pull = await cli.RunAsync("pull", "--server", "http://127.0.0.1:9", "-o", cli.PathOf("x"));

        Assert.Equal(ExitCodes.ServerError, pull.ExitCode);
        Assert.Contains("cannot reach", pull.Error, StringComparison.Ordinal);
    }
}
