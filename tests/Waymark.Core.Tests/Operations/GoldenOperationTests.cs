using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Core.FileFormat;
using Waymark.Core.Operations;

namespace Waymark.Core.Tests.Operations;

/// <summary>Every golden case gives the documented map (in the serializer's normal form) or the documented rejection.</summary>
public sealed class GoldenOperationTests
{
    public static IEnumerable<object[]> Cases => GoldenCase.All();

    [Fact]
    public void Folder_HoldsEnoughCases()
    {
        Assert.True(GoldenCase.All().Count() >= 30, "at least 30 golden cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_GoldenCase_GivesTheDocumentedOutcome(string file)
    {
        var c = GoldenCase.Load(file);
        Assert.True((c.After is null) != (c.Error is null), $"{file}: give either after or error");
        var document = Normal(c.Before);
        var state = new CoEditState();
        long seq = 0;
        for (var i = 0; i < c.Ops.Count; i++)
        {
            var result = ApplyOne(c.Ops[i]!.AsObject(), document, seq + 1, state, out var readProblem);
            var last = i == c.Ops.Count - 1;
            if (c.Results?[i] is JsonObject expected)
            {
                AssertResult(file, i, expected, result, readProblem);
            }

            if (last && c.Error is { } error)
            {
                Assert.True(result is null || !result.Applied, $"{file}: the last op should be rejected");
                Assert.Equal(error["reason"]!.GetValue<string>(), result?.Reason ?? RejectReasons.Invalid);
                if (error["path"] is { } path)
                {
                    Assert.Equal(path.GetValue<string>(), result?.Path ?? readProblem);
                }

                if (error["message"] is { } message)
                {
                    Assert.Contains(message.GetValue<string>(), result?.Message ?? "", StringComparison.Ordinal);
                }

                return;
            }

            if (result is { Applied: true })
            {
                seq++;
                document = result.Json!;
            }
            else if (c.Results?[i] is null)
            {
                Assert.Fail($"{file}: op {i} was rejected: {result?.Reason} {result?.Path}: {result?.Message ?? readProblem}");
            }
        }

        Assert.Equal(Normal(c.After!), document);
    }

    private static OperationResult? ApplyOne(JsonObject entry, string document, long seq, CoEditState state, out string? readProblem)
    {
        var author = entry["author"] is JsonObject a
            ? new OperationAuthor(a["id"]!.GetValue<string>(), a["name"]!.GetValue<string>())
            : new OperationAuthor("ana", "Ana");
        var wire = new JsonObject { ["id"] = entry["id"]?.DeepClone(), ["baseSeq"] = entry["baseSeq"]?.DeepClone(), ["edit"] = entry["edit"]?.DeepClone() };
        using var parsed = JsonDocument.Parse(wire.ToJsonString());
        var op = OperationJson.TryRead(parsed.RootElement, out _, out readProblem, out _);
        return op is null ? null : OperationApplier.Apply(document, op, author, seq, state);
    }

    private static void AssertResult(string file, int i, JsonObject expected, OperationResult? result, string? readProblem)
    {
        var status = expected["status"]!.GetValue<string>();
        Assert.True(status == "applied" == (result?.Applied == true), $"{file}: op {i} should be {status}: {result?.Reason} {result?.Message ?? readProblem}");
        if (expected["reason"] is { } reason)
        {
            Assert.Equal(reason.GetValue<string>(), result?.Reason ?? RejectReasons.Invalid);
        }

        if (expected["replaced"] is JsonObject replaced)
        {
            Assert.Equal(
                new KeyWriter(replaced["authorId"]!.GetValue<string>(), replaced["authorName"]!.GetValue<string>(), replaced["seq"]!.GetValue<long>()),
                result?.Replaced);
        }
        else if (status == "applied")
        {
            Assert.Null(result!.Replaced);
        }
    }

    /// <summary>The serializer's normal form of a map, which both appliers' results are compared in.</summary>
    private static string Normal(JsonObject map)
    {
        var read = MapSerializer.Read(map.ToJsonString(), MapFormat.Json);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        return MapSerializer.ToJson(read.Map!);
    }
}
