using System.Text;
using Waymark.Core.FileFormat;
using Waymark.Core.Templates;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>
/// The samples are built-in templates as Waymark writes them, so there is one source for both: samples/&lt;id&gt;.waymark.json
/// (or .yaml) is template &lt;id&gt;. Setting WAYMARK_WRITE_SAMPLES=1 rewrites them from the templates.
/// </summary>
public sealed class SamplesTests
{
    private const string Rewrite =
        "rewrite the samples from the templates with: WAYMARK_WRITE_SAMPLES=1 dotnet test tests/Waymark.Cli.Tests --filter FullyQualifiedName~SamplesTests";

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

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_Always_IsItsTemplateAsWritten(string name)
    {
        var id = name[..name.IndexOf(".waymark.", StringComparison.Ordinal)];
        var template = TemplateLibrary.Find(id);
        Assert.True(template is not null, $"samples/{name} names no built-in template '{id}'");
        var expected = MapSerializer.Write(template.Create(), MapSerializer.FormatOf(name)!.Value);
        var path = RepoPaths.Combine("samples", name);
        if (Environment.GetEnvironmentVariable("WAYMARK_WRITE_SAMPLES") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(File.ReadAllText(path, Encoding.UTF8) == expected, $"samples/{name} differs from template '{id}'; {Rewrite}");
    }
}
