using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Core.FileFormat;
using Waymark.Core.Operations;

namespace Waymark.Core.Tests.Operations;

/// <summary>
/// <see cref="OperationApplier.Replay"/> (a copy following the log, docs/adr/050): replaying in place, without
/// validation or canonical form in between, the ops <see cref="OperationApplier.Apply(string, MapOperation, OperationAuthor, long, CoEditState)"/>
/// applied gives, once in canonical form, the same map, for every golden case.
/// </summary>
public sealed class OperationReplayTests
{
    public static IEnumerable<object[]> Cases => GoldenCase.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replay_OfTheAppliedOps_GivesTheAppliersMap(string file)
    {
        var c = GoldenCase.Load(file);
        var document = Normal(c.Before.ToJsonString());
        var copy = JsonNode.Parse(document)!.AsObject();
        var (state, copyState) = (new CoEditState(), new CoEditState());
        long seq = 0;
        foreach (var entry in c.Ops)
        {
            if (Read(entry!.AsObject(), out var author) is not { } op)
            {
                continue;
            }

            var result = OperationApplier.Apply(document, op, author, seq + 1, state);
            if (!result.Applied)
            {
                continue; // the log never holds it, so a copy never replays it
            }

            seq++;
            document = result.Json!;
            var rejected = OperationApplier.Replay(copy, op, author, seq, copyState);
            Assert.True(rejected is null, $"{file}: op {seq} applied but not replayed: {rejected?.Reason} {rejected?.Message}");
            Assert.Equal(document, Normal(copy.ToJsonString()));
        }

        Assert.Equal(state.Tombstones.OrderBy(t => t.Kind + t.Id), copyState.Tombstones.OrderBy(t => t.Kind + t.Id));
    }

    [Fact]
    public void Replay_OfAnOpOnSomethingGone_SaysWhyAndCommitsNothing()
    {
        var c = GoldenCase.Load("add-step.json");
        var copy = JsonNode.Parse(Normal(c.Before.ToJsonString()))!.AsObject();
        var state = new CoEditState();
        var edit = OperationJson.ReadEdit("""{"type":"deleteStage","stageId":"no-such-stage"}""");

        var rejected = OperationApplier.Replay(copy, new MapOperation("op-1", 0, edit), new OperationAuthor("ana", "Ana"), 1, state);

        Assert.NotNull(rejected);
        Assert.Equal(RejectReasons.Missing, rejected.Reason);
        Assert.Empty(state.Tombstones);
    }

    private static MapOperation? Read(JsonObject entry, out OperationAuthor author)
    {
        author = entry["author"] is JsonObject a
            ? new OperationAuthor(a["id"]!.GetValue<string>(), a["name"]!.GetValue<string>())
            : new OperationAuthor("ana", "Ana");
        var wire = new JsonObject { ["id"] = entry["id"]?.DeepClone(), ["baseSeq"] = entry["baseSeq"]?.DeepClone(), ["edit"] = entry["edit"]?.DeepClone() };
        using var parsed = JsonDocument.Parse(wire.ToJsonString());
        return OperationJson.TryRead(parsed.RootElement, out _, out _, out _);
    }

    private static string Normal(string json)
    {
        var read = MapSerializer.Read(json, MapFormat.Json);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        return MapSerializer.ToJson(read.Map!);
    }
}
