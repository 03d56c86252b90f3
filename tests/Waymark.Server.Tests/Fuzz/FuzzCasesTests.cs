using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>The fuzz cases are reproducible: what a report prints is enough to make the same input again.</summary>
public sealed class FuzzCasesTests
{
    [Fact]
    public void Make_SameEntryPointAndIndex_SameInput()
    {
        var first = FuzzCases.Make("events upload csv", EventSeeds.Csv, 42, GzipMutations.PackAndBreak);
        var again = FuzzCases.Make("events upload csv", EventSeeds.Csv, 42, GzipMutations.PackAndBreak);

        Assert.Equal(first.Bytes, again.Bytes);
        Assert.Equal((first.SeedName, first.Mutations, first.Label), (again.SeedName, again.Mutations, again.Label));
    }

    [Fact]
    public void Make_ManyIndexes_MostlyDifferentInputs()
    {
        var inputs = Enumerable.Range(0, 200).Select(i => Convert.ToHexString(FuzzCases.Make("ingest events json", IngestSeeds.Json, i).Bytes)).ToList();

        Assert.True(inputs.Distinct(StringComparer.Ordinal).Count() > 150);
    }

    [Fact]
    public void CaseSeed_KnownParts_StableAcrossProcesses()
    {
        // FNV-1a of "20261211/map create/7": a changed hash would silently change every replay.
        Assert.Equal(366365331, FuzzCases.CaseSeed(20261211, "map create", 7));
        Assert.NotEqual(FuzzCases.CaseSeed(20261211, "map create", 7), FuzzCases.CaseSeed(20261211, "map create", 8));
    }

    [Fact]
    public void Describe_ControlBytesAndLongInput_EscapedAndCut()
    {
        var fuzzCase = new FuzzCase("e", 1, 2, "s", "m", [0x1b, (byte)'[', 0x00, 0xED, 0xA0, 0x80, (byte)'\n', .. Enumerable.Repeat((byte)'a', 1_000)]);

        var text = fuzzCase.Describe(maxBytes: 20);

        Assert.Contains("\"\\x1B[\\x00\\xED\\xA0\\x80\\naaaaaaaaaaaaa\"... (987 more bytes)", text, StringComparison.Ordinal);
        Assert.Contains("WAYMARK_FUZZ_SEED=1 WAYMARK_FUZZ_CASE='e#2'", text, StringComparison.Ordinal);
    }
}
