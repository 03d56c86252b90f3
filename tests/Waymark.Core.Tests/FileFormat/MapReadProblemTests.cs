using System.Text;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

/// <summary>One test per kind of bad input: each gives a clear problem with its path, and nothing throws.</summary>
public sealed class MapReadProblemTests
{
    private const string Minimal = "{\n  \"schemaVersion\": 1,\n  \"id\": \"map_1\",\n  \"name\": \"Trial\"\n}\n";

    [Fact]
    public void Read_MinimalDocument_Succeeds()
    {
        var result = MapSerializer.Read(Minimal, MapFormat.Json);

        Assert.True(result.Succeeded);
        Assert.Equal("Trial", result.Map!.Name);
    }

    [Fact]
    public void Read_MalformedJson_ReportsLineAndColumn()
    {
        var result = MapSerializer.Read("{\n  \"schemaVersion\": 1,\n  \"id\": \"map_1\"\n  \"name\": \"x\"\n}", MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Map);
        Assert.Equal("$", problem.Path);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("invalid JSON at line 4, column 3:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedYaml_ReportsLineAndColumn()
    {
        var result = MapSerializer.Read("schemaVersion: 1\nid: map_1\nname: [unclosed\nkind: x\n", MapFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Map);
        Assert.Equal("$", problem.Path);
        Assert.True(problem.Line is not null, problem.ToString());
        Assert.Matches("^invalid YAML at line [0-9]+, column [0-9]+: ", problem.Message);
    }

    [Fact]
    public void Read_UnknownSchemaVersion_NamesSupportedVersions()
    {
        var result = MapSerializer.Read(Minimal.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 7", StringComparison.Ordinal), MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("schemaVersion", problem.Path);
        Assert.Equal("schemaVersion 7 is not supported; supported versions: 1", problem.Message);
    }

    [Fact]
    public void Read_MissingSchemaVersion_NamesSupportedVersions()
    {
        var result = MapSerializer.Read("{\"id\": \"map_1\", \"name\": \"Trial\"}", MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("schemaVersion", problem.Path);
        Assert.Equal("schemaVersion is missing; supported versions: 1", problem.Message);
    }

    [Fact]
    public void Read_DuplicateIds_ReportsSecondUseWithFirstPath()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1").WithStage("stg_2", "Two", "stp_1").Build();

        var result = MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("stages[1].steps[0].id", problem.Path);
        Assert.Equal("duplicate id \"stp_1\"; also used at stages[0].steps[0].id", problem.Message);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void Read_DanglingPersonaReference_ReportsPath()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_1", LaneKind.EmotionCurve, "Feels", c => c.Emotions.Add(new EmotionPoint { Score = 1, PersonaId = "per_ghost" }), personaId: "per_gone")
            .Build();

        var result = MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json);

        Assert.Collection(
            result.Problems,
            p => Assert.Equal("lanes[0].personaId: persona \"per_gone\" does not exist in this map", $"{p.Path}: {p.Message}"),
            p => Assert.Equal("lanes[0].cells.stp_1.emotions[0].personaId: persona \"per_ghost\" does not exist in this map", $"{p.Path}: {p.Message}"));
    }

    [Fact]
    public void Read_ScoreOutsideScale_ReportsScoreAndScale()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_1", LaneKind.EmotionCurve, "Feels", c => c.Emotions.Add(new EmotionPoint { Score = 7 })).Build();

        var result = MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("lanes[0].cells.stp_1.emotions[0].score", problem.Path);
        Assert.Equal("emotion score 7 is outside the map's scale -2..2", problem.Message);
    }

    [Fact]
    public void Read_OversizeDocument_RefusedBeforeParsing()
    {
        var huge = new string(' ', MapLimits.MaxDocumentBytes) + Minimal;

        var fromText = MapSerializer.Read(huge, MapFormat.Json);
        var fromBytes = MapSerializer.Read(Encoding.UTF8.GetBytes(huge), MapFormat.Yaml);

        Assert.All([fromText, fromBytes], result =>
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal("$", problem.Path);
            Assert.Equal("the document is 5,242,941 bytes; the limit is 5,242,880 bytes (5 MB)", problem.Message);
        });
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal);
        bytes[30] = 0xC3;
        bytes[31] = 0x28;

        var result = MapSerializer.Read(bytes, MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("the document is not valid UTF-8 (at byte offset 30)", problem.Message);
    }

    [Fact]
    public void Read_Utf8Bom_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.True(MapSerializer.Read(bytes, MapFormat.Json).Succeeded);
        Assert.True(MapSerializer.Read("\uFEFF" + Minimal, MapFormat.Json).Succeeded);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Utf16_RejectedWithClearMessage(bool withBom)
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Minimal)).ToArray();

        var result = MapSerializer.Read(bytes, MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("the document is UTF-16", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; save it as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MapFormat.Json, "{\"schemaVersion\": 1, \"id\": \"m\", \"name\": \"n\", \"lanes\": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}")]
    [InlineData(MapFormat.Yaml, "schemaVersion: 1\nid: m\nname: n\nlanes: [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]\n")]
    public void Read_DeepNesting_RefusedAtFormatLimit(MapFormat format, string text)
    {
        var result = MapSerializer.Read(text, format);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Map);
        Assert.Equal("lanes[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", problem.Path);
        Assert.Equal("nesting is deeper than the format allows (16 levels)", problem.Message);
    }

    [Fact]
    public void Read_NestingBomb_RefusedWithoutThrowing()
    {
        var bomb = new string('[', 1_000_000) + new string(']', 1_000_000);

        Assert.Contains(MapSerializer.Read(bomb, MapFormat.Json).Problems, p => p.Message.StartsWith("nesting", StringComparison.Ordinal));
        Assert.Contains(MapSerializer.Read(bomb, MapFormat.Yaml).Problems, p => p.Message.StartsWith("nesting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1e400", "lanes[0].cells.stp_1.emotions[0].score: number 1e400 is out of range (at most 28 significant digits, up to about 7.9e28)")]
    [InlineData("2147483648", "lanes[0].cells.stp_1.emotions[0].score: number 2147483648 is out of range (-2147483648..2147483647)")]
    [InlineData("1.5", "lanes[0].cells.stp_1.emotions[0].score: expected a whole number, found 1.5")]
    public void Read_HugeOrFractionalNumbers_ReportedNotThrown(string number, string expected)
    {
        var json = EmotionDocument(number);

        var result = MapSerializer.Read(json, MapFormat.Json);

        Assert.Equal(expected, $"{result.Problems[0].Path}: {result.Problems[0].Message}");
    }

    [Fact]
    public void Read_HugeDecimal_Reported()
    {
        var json = Minimal.Replace("\"name\": \"Trial\"", "\"name\": \"Trial\", \"scope\": {\"kpiTargets\": [{\"id\": \"k\", \"name\": \"K\", \"target\": 1e400}]}", StringComparison.Ordinal);

        var problem = Assert.Single(MapSerializer.Read(json, MapFormat.Json).Problems);

        Assert.Equal("scope.kpiTargets[0].target", problem.Path);
        Assert.StartsWith("number 1e400 is out of range", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_SuggestsClosestName()
    {
        var json = Minimal.Replace("\"name\": \"Trial\"", "\"name\": \"Trial\", \"descripton\": \"typo\"", StringComparison.Ordinal);

        var problem = Assert.Single(MapSerializer.Read(json, MapFormat.Json).Problems);

        Assert.Equal("descripton", problem.Path);
        Assert.Equal("unknown property \"descripton\"; did you mean \"description\"?", problem.Message);
    }

    [Fact]
    public void Read_WrongType_SaysWhatWasExpected()
    {
        var json = Minimal.Replace("\"Trial\"", "42", StringComparison.Ordinal);

        var problem = Assert.Single(MapSerializer.Read(json, MapFormat.Json).Problems);

        Assert.Equal("name", problem.Path);
        Assert.Equal("expected a string, found a number (quote it to make it text)", problem.Message);
    }

    [Fact]
    public void Read_UnknownEnumValue_ListsAllowedValues()
    {
        var json = Minimal.Replace("\"name\": \"Trial\"", "\"name\": \"Trial\", \"kind\": \"pastState\"", StringComparison.Ordinal);

        var problem = Assert.Single(MapSerializer.Read(json, MapFormat.Json).Problems);

        Assert.Equal("kind", problem.Path);
        Assert.Equal("unknown kind \"pastState\"; allowed: currentState, futureState, dayInTheLife, serviceBlueprint, renewal, churn, custom", problem.Message);
    }

    [Fact]
    public void Read_ManyProblems_AllReportedWithTheirPaths()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "id": "bad id",
              "emotionScale": "0..3",
              "stages": [{"id": "stg_1", "name": "A", "steps": [{"id": "stp_1", "name": ""}, {"id": "stp_1"}]}],
              "lanes": [
                {"id": "lan_1", "kind": "thoughts", "title": "T", "cells": {"stp_1": {"emotions": [{"score": 1}]}, "stp_gone": {"text": "x"}}},
                {"id": "lan_2", "kind": "ideas", "title": "I", "cells": {"stp_1": {"ideas": [{"id": "idea_1", "text": "x", "votes": -1, "desirable": 9}]}}},
                {"id": "lan_3", "kind": "images", "title": "Img", "cells": {"stp_1": {"image": {"url": "javascript:alert(1)", "alt": " "}}}},
                {"id": "lan_4", "kind": "sideways", "title": "X"}
              ]
            }
            """;

        var found = MapSerializer.Read(json, MapFormat.Json).Problems.Select(p => $"{p.Path}: {p.Message}").ToList();

        Assert.Equal(
            [
                "name: required property \"name\" is missing",
                "emotionScale: unknown emotionScale \"0..3\"; allowed: -2..2, 1..5, 1..10, -5..5",
                "stages[0].steps[1].name: required property \"name\" is missing",
                "lanes[3].kind: unknown kind \"sideways\"; allowed: actions, touchpoints, channels, thoughts, feelings, emotionCurve, painPoints, ideas, momentsOfTruth, frontstage, backstage, supportProcesses, kpis, questions, images, owners, text, data",
                "id: \"bad id\" is not a valid id (1 to 64 letters, digits, '-' or '_')",
                "stages[0].steps[0].name: name is required",
                "stages[0].steps[1].id: duplicate id \"stp_1\"; also used at stages[0].steps[0].id",
                "lanes[0].cells.stp_1.emotions: a thoughts lane cannot hold emotions; it holds text, cards",
                "lanes[0].cells.stp_gone: no step has id \"stp_gone\"",
                "lanes[1].cells.stp_1.ideas[0].votes: votes cannot be negative, found -1",
                "lanes[1].cells.stp_1.ideas[0].desirable: desirable must be between 1 and 5, found 9",
                "lanes[2].cells.stp_1.image.url: image url must be an absolute http or https URL",
                "lanes[2].cells.stp_1.image.alt: alt text is blank: describe the image for people who cannot see it, or leave it empty if it is decorative",
            ],
            found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"schemaVersion\": 1}{}")]
    public void Read_NotAMapObject_ReportsProblemWithoutMap(string text)
    {
        var result = MapSerializer.Read(text, MapFormat.Json);

        Assert.Null(result.Map);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Equal("$", p.Path));
    }

    [Fact]
    public void Read_DuplicateProperty_Reported()
    {
        var json = Minimal.Replace("\"name\": \"Trial\"", "\"name\": \"Trial\", \"name\": \"Again\"", StringComparison.Ordinal);

        var result = MapSerializer.Read(json, MapFormat.Json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("name", problem.Path);
        Assert.Equal("duplicate property \"name\"; only the first one is read", problem.Message);
        Assert.Equal("Trial", result.Map!.Name);
    }

    private static string EmotionDocument(string score) =>
        "{\"schemaVersion\": 1, \"id\": \"m\", \"name\": \"n\", " +
        "\"stages\": [{\"id\": \"s\", \"name\": \"S\", \"steps\": [{\"id\": \"stp_1\", \"name\": \"A\"}]}], " +
        "\"lanes\": [{\"id\": \"l\", \"kind\": \"emotionCurve\", \"title\": \"E\", " +
        "\"cells\": {\"stp_1\": {\"emotions\": [{\"score\": " + score + "}]}}}]}";
}
