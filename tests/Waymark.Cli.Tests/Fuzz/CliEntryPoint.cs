using Waymark.Testing.Fuzz;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>One command on one kind of file: its seeds, the file's extension, and the arguments for a case.</summary>
internal sealed record CliEntryPoint(string Name, IReadOnlyList<FuzzSeed> Seeds, string Extension, Func<CliFuzzContext, string, FuzzCase, string[]> Arguments)
{
    /// <summary>Applied after the text mutations, e.g. gzip (and gzip broken on purpose).</summary>
    public Func<Random, byte[], (byte[], string)>? Wrap { get; init; }

    /// <summary>Whether a case's standard output is the file's data (a machine format) rather than text for a person.</summary>
    public Func<FuzzCase, bool> StdoutIsData { get; init; } = _ => false;
}
