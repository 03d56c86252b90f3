using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

public sealed class MapSerializerRoundTripTests
{
    [Property(MaxTest = 150)]
    public Property ToJson_RandomValidMap_ReadsBackToIdenticalJson() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
        {
            var json = MapSerializer.ToJson(map);

            var read = MapSerializer.Read(json, MapFormat.Json);

            Assert.Empty(read.Problems);
            Assert.Equal(json, MapSerializer.ToJson(read.Map!));
        });

    [Property(MaxTest = 150)]
    public Property ToYaml_RandomValidMap_ReadsBackToIdenticalJson() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
        {
            var json = MapSerializer.ToJson(map);

            var read = MapSerializer.Read(MapSerializer.ToYaml(map), MapFormat.Yaml);

            Assert.Empty(read.Problems);
            Assert.Equal(json, MapSerializer.ToJson(read.Map!));
        });

    [Property(MaxTest = 100)]
    public Property ToJson_RandomValidMap_ConformsToSchemaAndValidates() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
        {
            Assert.Empty(MapValidator.Validate(map));
            Assert.Empty(MapSchema.Errors(MapSerializer.ToJson(map)));
        });

    [Theory]
    [InlineData(MapFormat.Json)]
    [InlineData(MapFormat.Yaml)]
    public void Read_KeywordsAndPainPointLinks_RoundTrip(MapFormat format)
    {
        var map = new MapBuilder().WithStage("stg_1", "Setup", "stp_1").WithLane("lan_pain", LaneKind.PainPoints, "Pain", c =>
            c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "CSV import fails", LinkedTopic = "csv import", LinkedActivity = "Import Failed" })).Build();
        map.Stages[0].Steps[0].Binding = new StepBinding { Activities = ["Connect Data"], Keywords = ["csv import", "Integration"] };
        var text = format == MapFormat.Json ? MapSerializer.ToJson(map) : MapSerializer.ToYaml(map);

        var read = MapSerializer.Read(text, format);

        Assert.Empty(read.Problems);
        Assert.Equal(["csv import", "Integration"], read.Map!.Stages[0].Steps[0].Binding!.Keywords);
        var pain = read.Map.Lanes[0].Cells["stp_1"].PainPoints[0];
        Assert.Equal("csv import", pain.LinkedTopic);
        Assert.Equal("Import Failed", pain.LinkedActivity);
        Assert.Empty(MapSchema.Errors(MapSerializer.ToJson(read.Map)));
    }

    [Fact]
    public void ToJson_KeywordsAndLinks_WrittenUnderTheirFileNames()
    {
        var map = new MapBuilder().WithStage("stg_1", "Setup", "stp_1").WithLane("lan_pain", LaneKind.PainPoints, "Pain", c =>
            c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Slow", LinkedTopic = "slow sync" })).Build();
        map.Stages[0].Steps[0].Binding = new StepBinding { Keywords = ["sync"] };

        var json = MapSerializer.ToJson(map);

        Assert.Contains("\"keywords\": [\n", json, StringComparison.Ordinal);
        Assert.Contains("\"linkedTopic\": \"slow sync\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("linkedActivity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_SampleMap_IsCanonical()
    {
        var json = MapSerializer.ToJson(MapBuilder.Sample().Build());

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"map_sample\",\n", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.Contains("\"kind\": \"currentState\"", json, StringComparison.Ordinal);
        Assert.Contains("\"emotionScale\": \"-2..2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"due\": \"2026-06-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"baseline\": 4.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"impact\": \"abandons\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"momentsOfTruth\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_SameMapTwice_SameBytes()
    {
        var first = MapSerializer.ToJson(MapBuilder.Sample().Build());
        var second = MapSerializer.ToJson(MapBuilder.Sample().Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public void ToJson_EmptyListsObjectsAndNulls_AreLeftOutButEmptyStringsKept()
    {
        var map = new MapBuilder().WithPersona("per_1", "Pat", p => p.Quote = "").Build();

        var json = MapSerializer.ToJson(map);

        Assert.DoesNotContain("scope", json, StringComparison.Ordinal);
        Assert.DoesNotContain("goals", json, StringComparison.Ordinal);
        Assert.DoesNotContain("backstory", json, StringComparison.Ordinal);
        Assert.DoesNotContain("description", json, StringComparison.Ordinal);
        Assert.DoesNotContain("stages", json, StringComparison.Ordinal);
        Assert.Contains("\"quote\": \"\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Decimals_InvariantWithoutExponentOrTrailingZeros()
    {
        var map = new MapBuilder().WithScope(s => s.KpiTargets.Add(new KpiTarget
        {
            Id = "kpi_1", Name = "Tiny", Baseline = 0.0000001m, Target = 1.500m,
        })).Build();

        var json = MapSerializer.ToJson(map);

        Assert.Contains("\"baseline\": 0.0000001,", json, StringComparison.Ordinal);
        Assert.Contains("\"target\": 1.5\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_CellsOutOfStepOrder_WrittenInStepOrderThenUnknownKeys()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_b", "stp_a").WithLane("lan_1", LaneKind.Text, "Notes").Build();
        map.Lanes[0].Cells["zzz"] = new Cell { Text = "z" };
        map.Lanes[0].Cells["stp_a"] = new Cell { Text = "a" };
        map.Lanes[0].Cells["aaa"] = new Cell { Text = "orphan" };
        map.Lanes[0].Cells["stp_b"] = new Cell { Text = "b" };

        var json = MapSerializer.ToJson(map);

        var order = new[] { "\"stp_b\"", "\"stp_a\"", "\"aaa\"", "\"zzz\"" }.Select(k => json.IndexOf(k, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public void ToJson_HostileText_SurvivesExactlyAndStaysReadable()
    {
        const string hostile = "<script>alert(1)</script> & \"quotes\" \\ é 😀";
        var map = MapBuilder.Sample().Build();
        map.Lanes[0].Cells["stp_ad"].Text = hostile;

        var json = MapSerializer.ToJson(map);
        var fromJson = MapSerializer.Read(json, MapFormat.Json).Map!;
        var fromYaml = MapSerializer.Read(MapSerializer.ToYaml(map), MapFormat.Yaml).Map!;

        Assert.Contains("<script>alert(1)</script> & \\\"quotes\\\" \\\\ é 😀", json, StringComparison.Ordinal);
        Assert.Equal(hostile, fromJson.Lanes[0].Cells["stp_ad"].Text);
        Assert.Equal(hostile, fromYaml.Lanes[0].Cells["stp_ad"].Text);
    }

    [Fact]
    public void ToJson_LineSeparatorsAndControls_AreEscaped()
    {
        var map = new MapBuilder("map_1", "a\u2028b\u2029c\u0001d\ud800e").Build();

        var json = MapSerializer.ToJson(map);

        Assert.Contains("\"name\": \"a\\u2028b\\u2029c\\u0001d\uFFFDe\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_EntryAndOutcome_WrittenAfterScopeAndReadBackFromJsonAndYaml()
    {
        var map = MapBuilder.Sample().Build();
        map.EntryStepId = "stp_ad";
        map.OutcomeStepId = "stp_signup";

        var json = MapSerializer.ToJson(map);
        var fromJson = MapSerializer.Read(json, MapFormat.Json).Map!;
        var fromYaml = MapSerializer.Read(MapSerializer.ToYaml(map), MapFormat.Yaml).Map!;

        var order = new[] { "\"scope\"", "\"entryStepId\": \"stp_ad\"", "\"outcomeStepId\": \"stp_signup\"", "\"personas\"" }
            .Select(k => json.IndexOf(k, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
        Assert.Equal(("stp_ad", "stp_signup"), (fromJson.EntryStepId, fromJson.OutcomeStepId));
        Assert.Equal(("stp_ad", "stp_signup"), (fromYaml.EntryStepId, fromYaml.OutcomeStepId));
        Assert.Empty(MapSchema.Errors(json));
    }
}
