using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

public sealed class YamlFormatTests
{
    private const string Minimal = "schemaVersion: 1\nid: map_1\nname: Trial\n";

    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("123")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("two\nlines")]
    [InlineData("# not a comment")]
    [InlineData("key: value")]
    [InlineData("- item")]
    [InlineData("@handle")]
    [InlineData("`code`")]
    [InlineData("-2..2")]
    [InlineData("")]
    [InlineData("2024-05-01")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("'single'")]
    public void ToYaml_TextYamlWouldMisread_IsQuotedAndReadsBackAsText(string text)
    {
        var map = new MapBuilder("map_1", "Trial").WithDescription(text).Build();

        var yaml = MapSerializer.ToYaml(map);
        var read = MapSerializer.Read(yaml, MapFormat.Yaml);

        Assert.Contains("description: \"", yaml, StringComparison.Ordinal);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(text, read.Map!.Description);
    }

    [Theory]
    [InlineData("Plain words")]
    [InlineData("C# and F#")]
    [InlineData("Ωmega 😀 café")]
    [InlineData("<script>alert(1)</script>")]
    public void ToYaml_OrdinaryText_StaysPlain(string text)
    {
        var yaml = MapSerializer.ToYaml(new MapBuilder().WithDescription(text).Build());

        Assert.Contains($"description: {text}\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_Numbers_StayNumbers()
    {
        var map = new MapBuilder().WithScope(s => s.KpiTargets.Add(new KpiTarget { Id = "kpi_1", Name = "Rate", Baseline = -1.25m })).Build();

        var yaml = MapSerializer.ToYaml(map);

        Assert.StartsWith("schemaVersion: 1\n", yaml, StringComparison.Ordinal);
        Assert.Contains("baseline: -1.25\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlPlainScalars_FollowCoreSchema()
    {
        var result = MapSerializer.Read(Minimal + "description: true\n", MapFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("description", problem.Path);
        Assert.Equal("expected a string, found a boolean (quote it to make it text)", problem.Message);
    }

    [Fact]
    public void Read_YamlHexNumber_ReadAsNumber()
    {
        var yaml = "schemaVersion: 0x1\nid: map_1\nname: Trial\n";

        Assert.True(MapSerializer.Read(yaml, MapFormat.Yaml).Succeeded);
    }

    [Fact]
    public void Read_YamlBlockScalarsAndComments_Accepted()
    {
        var yaml = "# a map\n" + Minimal + "description: |\n  line one\n  line two\n";

        var result = MapSerializer.Read(yaml, MapFormat.Yaml);

        Assert.True(result.Succeeded);
        Assert.Equal("line one\nline two\n", result.Map!.Description);
    }

    [Fact]
    public void Read_YamlAnchorsAndAliases_Refused()
    {
        var yaml = Minimal + "scope:\n  goal: &g Grow\n  scenario: *g\n";

        var problem = Assert.Single(MapSerializer.Read(yaml, MapFormat.Yaml).Problems);

        Assert.Equal("scope.goal", problem.Path);
        Assert.Equal("YAML anchors (&name) are not allowed in map files", problem.Message);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Read_YamlAliasBomb_RefusedQuickly()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var result = MapSerializer.Read(yaml, MapFormat.Yaml);

        Assert.Null(result.Map);
        Assert.Contains("anchors", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlCustomTag_Refused()
    {
        var problem = Assert.Single(MapSerializer.Read(Minimal + "description: !!python/object foo\n", MapFormat.Yaml).Problems);

        Assert.Equal("description", problem.Path);
        Assert.StartsWith("the tag tag:yaml.org,2002:python/object is not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlStrTag_Accepted()
    {
        var result = MapSerializer.Read(Minimal + "description: !!str 123\n", MapFormat.Yaml);

        Assert.True(result.Succeeded);
        Assert.Equal("123", result.Map!.Description);
    }

    [Fact]
    public void Read_YamlMultipleDocuments_Refused()
    {
        var problem = Assert.Single(MapSerializer.Read(Minimal + "---\n" + Minimal, MapFormat.Yaml).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Equal(4, problem.Line);
        Assert.Contains("more than one YAML document", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlComplexKey_Refused()
    {
        var problem = Assert.Single(MapSerializer.Read(Minimal + "? [a, b]\n: c\n", MapFormat.Yaml).Problems);

        Assert.Equal("keys must be plain text, not lists or objects", problem.Message);
    }

    [Fact]
    public void Read_YamlWrittenByHandInBlockStyle_ReadsLikeFlowCells()
    {
        var yaml = Minimal + """
            stages:
              - id: stg_1
                name: Start
                steps:
                  - id: stp_1
                    name: Visit
            lanes:
              - id: lan_1
                kind: emotionCurve
                title: Feels
                cells:
                  stp_1:
                    emotions:
                      - score: -2
                        label: annoyed
            """;

        var result = MapSerializer.Read(yaml, MapFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains("\"stp_1\": {\"emotions\": [{\"score\": -2, \"label\": \"annoyed\"}]}", MapSerializer.ToJson(result.Map!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("map.waymark.json", MapFormat.Json)]
    [InlineData("dir/Map.Waymark.JSON", MapFormat.Json)]
    [InlineData("map.waymark.yaml", MapFormat.Yaml)]
    [InlineData("map.waymark.yml", MapFormat.Yaml)]
    public void FormatOf_KnownExtension_ReturnsFormat(string fileName, MapFormat expected)
    {
        Assert.Equal(expected, MapSerializer.FormatOf(fileName));
    }

    [Theory]
    [InlineData("map.json")]
    [InlineData("map.yaml")]
    [InlineData("waymark.json.txt")]
    public void FormatOf_OtherFile_ReturnsNull(string fileName)
    {
        Assert.Null(MapSerializer.FormatOf(fileName));
    }
}
