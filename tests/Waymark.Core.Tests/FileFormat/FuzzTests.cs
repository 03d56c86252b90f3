using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waymark.Core.FileFormat;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

/// <summary>Bad input of every sort must come back as problems: never an exception, never the internal-error guard.</summary>
public sealed class FuzzTests
{
    private static readonly string SampleJson = MapSerializer.ToJson(MapBuilder.Sample().Build());
    private static readonly string SampleYaml = MapSerializer.ToYaml(MapBuilder.Sample().Build());

    [Property(MaxTest = 200)]
    public Property Read_RandomBytes_NeverThrows() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes =>
        {
            AssertReadsCleanly(MapSerializer.Read(bytes, MapFormat.Json));
            AssertReadsCleanly(MapSerializer.Read(bytes, MapFormat.Yaml));
        });

    [Property(MaxTest = 200)]
    public Property Read_TruncatedDocument_NeverThrows() =>
        Prop.ForAll(Gen.Choose(0, SampleJson.Length).Zip(Gen.Choose(0, SampleYaml.Length)).ToArbitrary(), cut =>
        {
            AssertReadsCleanly(MapSerializer.Read(SampleJson[..cut.Item1], MapFormat.Json));
            AssertReadsCleanly(MapSerializer.Read(SampleYaml[..cut.Item2], MapFormat.Yaml));
        });

    [Property(MaxTest = 200)]
    public Property Read_DocumentWithOneCharacterReplaced_NeverThrows() =>
        Prop.ForAll(
            Gen.Choose(0, SampleJson.Length - 1).Zip(Gen.Elements("{", "}", "[", "]", ":", ",", "\"", "\\", "1", "-", "&", "*", "!", "\n", "\t", " ", "#", "?", "|", "\ud800", "'")).ToArbitrary(),
            change =>
            {
                var (at, with) = change;
                AssertReadsCleanly(MapSerializer.Read(string.Concat(SampleJson.AsSpan(0, at), with, SampleJson.AsSpan(at + 1)), MapFormat.Json));
                var yamlAt = at % SampleYaml.Length;
                AssertReadsCleanly(MapSerializer.Read(string.Concat(SampleYaml.AsSpan(0, yamlAt), with, SampleYaml.AsSpan(yamlAt + 1)), MapFormat.Yaml));
            });

    [Fact]
    public void Read_EscapedLoneSurrogate_ReportedAsProblem()
    {
        var json = SampleJson.Replace("\"Free trial to paid\"", "\"Free \\ud800 trial\"", StringComparison.Ordinal);

        var problem = Assert.Single(MapSerializer.Read(Encoding.UTF8.GetBytes(json), MapFormat.Json).Problems);

        Assert.Equal("name", problem.Path);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    private static void AssertReadsCleanly(MapReadResult result)
    {
        Assert.True(result.Succeeded || result.Problems.Count > 0);
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("the document could not be read", StringComparison.Ordinal));
    }
}
