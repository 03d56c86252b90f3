using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class SamplesTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("samples")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Validate_Sample_IsValid(string name)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("validate", RepoPaths.Combine("samples", name));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Output);
    }

    [Fact]
    public void Samples_Folder_HasJsonAndYaml()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("samples"));

        Assert.Contains(files, f => f.EndsWith(".waymark.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".waymark.yaml", StringComparison.Ordinal));
    }
}
