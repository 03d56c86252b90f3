using Waymark.Core.FileFormat;
using Waymark.Core.Templates;

namespace Waymark.Cli.Tests;

public sealed class FileCommandsTests
{
    [Fact]
    public async Task Templates_Always_ListsEveryTemplateId()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("templates");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotEmpty(TemplateLibrary.All);
        foreach (var template in TemplateLibrary.All)
        {
            Assert.Contains(template.Id, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task New_KnownTemplate_WritesValidMapFile()
    {
        using var cli = new CliRunner();
        var path = cli.PathOf("trial.waymark.json");

        var result = await cli.RunAsync("new", "--template", "saas-trial", "-o", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var read = MapSerializer.Read(File.ReadAllBytes(path), MapFormat.Json);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(TemplateLibrary.Find("saas-trial")!.Create().Name, read.Map!.Name);
    }

    [Fact]
    public async Task New_YamlExtension_WritesYaml()
    {
        using var cli = new CliRunner();
        var path = cli.PathOf("trial.waymark.yaml");

        var result = await cli.RunAsync("new", "--template", "saas-trial", "-o", path, "--name", "Trial v2");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var read = MapSerializer.Read(File.ReadAllText(path), MapFormat.Yaml);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal("Trial v2", read.Map!.Name);
    }

    [Fact]
    public async Task New_UnknownTemplate_ExitsWithUsageAndListsKnownIds()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("new", "--template", "nope", "-o", cli.PathOf("x.waymark.json"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("saas-trial", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("x.waymark.json")));
    }

    [Fact]
    public async Task New_ExistingFileWithoutForce_KeepsFileUntouched()
    {
        using var cli = new CliRunner();
        var path = cli.PathOf("mine.waymark.json");
        File.WriteAllText(path, "precious");

        var result = await cli.RunAsync("new", "--template", "saas-trial", "-o", path);

        Assert.Equal(ExitCodes.IoError, result.ExitCode);
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public async Task Validate_ValidAndInvalidFiles_ReportsFilePathAndProblemAndExitsOne()
    {
        using var cli = new CliRunner();
        var good = cli.PathOf("good.waymark.json");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", good);
        var bad = cli.PathOf("bad.waymark.json");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 99", StringComparison.Ordinal));

        var result = await cli.RunAsync("validate", good, bad);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains($"{good}: ok", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith($"{bad}: schemaVersion", StringComparison.Ordinal));
        Assert.Contains("1 valid, 1 invalid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AllValid_ExitsZero()
    {
        using var cli = new CliRunner();
        var a = cli.PathOf("a.waymark.json");
        var b = cli.PathOf("b.waymark.yaml");
        await cli.RunAsync("new", "--template", "saas-trial", "-o", a);
        await cli.RunAsync("new", "--template", "restaurant-visit", "-o", b);

        var result = await cli.RunAsync("validate", a, b);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("2 valid, 0 invalid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedJson_ReportsLine()
    {
        using var cli = new CliRunner();
        var bad = cli.PathOf("broken.waymark.json");
        File.WriteAllText(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \n}\n");

        var result = await cli.RunAsync("validate", bad);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith($"{bad}: ", StringComparison.Ordinal) && l.Contains("line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsIoError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("validate", cli.PathOf("missing.waymark.json"));

        Assert.Equal(ExitCodes.IoError, result.ExitCode);
        Assert.Contains("cannot read", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoArguments_ExitsUsage()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("validate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Convert_JsonToYamlAndBack_IsByteIdentical()
    {
        using var cli = new CliRunner();
        var json = cli.PathOf("m.waymark.json");
        await cli.RunAsync("new", "--template", "b2b-bank-account", "-o", json);

        var toYaml = await cli.RunAsync("convert", json);
        var back = await cli.RunAsync("convert", cli.PathOf("m.waymark.yaml"), "-o", cli.PathOf("back.waymark.json"));

        Assert.Equal(ExitCodes.Ok, toYaml.ExitCode);
        Assert.Equal(ExitCodes.Ok, back.ExitCode);
        Assert.Equal(File.ReadAllBytes(json), File.ReadAllBytes(cli.PathOf("back.waymark.json")));
    }

    [Fact]
    public async Task Convert_InvalidInput_WritesNothing()
    {
        using var cli = new CliRunner();
        var bad = cli.PathOf("bad.waymark.json");
        File.WriteAllText(bad, "{ not json");

        var result = await cli.RunAsync("convert", bad);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.False(File.Exists(cli.PathOf("bad.waymark.yaml")));
    }

    [Fact]
    public async Task Help_EveryCommand_HasDescription()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("--help");

        foreach (var command in new[] { "templates", "new", "validate", "convert", "serve", "push", "pull" })
        {
            Assert.Contains(result.OutputLines, l => l.StartsWith(command + " ", StringComparison.Ordinal) && l.Length > command.Length + 10);
        }
    }
}
