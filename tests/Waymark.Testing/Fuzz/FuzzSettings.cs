using System.Globalization;

namespace Waymark.Testing.Fuzz;

/// <summary>
/// How much to fuzz, from the environment: WAYMARK_FUZZ_COUNT inputs per entry point (CI default below),
/// WAYMARK_FUZZ_SEED for the run, and WAYMARK_FUZZ_CASE="entry point#index" to replay one case a report printed.
/// </summary>
public static class FuzzSettings
{
    /// <summary>Inputs per entry point in CI ("a few thousand", issue 11): the whole fuzz suite (server and CLI) in about
    /// four to five minutes on two idle cores (measured: README of bench/fuzz); bench/fuzz/run.sh runs 20,000.</summary>
    public const int DefaultCount = 2000;

    public const int DefaultSeed = 20261211;

    public static int Count { get; } = Read("WAYMARK_FUZZ_COUNT", DefaultCount);

    public static int Seed { get; } = Read("WAYMARK_FUZZ_SEED", DefaultSeed);

    /// <summary>"entry point#index" of the one case to run, or null to run them all.</summary>
    public static string? OnlyCase { get; } = Environment.GetEnvironmentVariable("WAYMARK_FUZZ_CASE") is { Length: > 0 } only ? only : null;

    /// <summary>A share of <see cref="Count"/> (at least one), for slower entry points or a second database.</summary>
    public static int Share(double fraction) => Math.Max(1, (int)Math.Round(Count * fraction));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
