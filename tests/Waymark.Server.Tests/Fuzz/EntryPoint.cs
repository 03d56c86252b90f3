using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>One way in: its seeds, how a case is sent, and how its answers say where an input is wrong.</summary>
internal sealed record EntryPoint(string Name, IReadOnlyList<FuzzSeed> Seeds, PlaceStyle Style, Func<FuzzServer, FuzzCase, Task<HttpResponseMessage>> Send)
{
    /// <summary>Applied after the text mutations, e.g. gzip (and gzip broken on purpose).</summary>
    public Func<Random, byte[], (byte[], string)>? Wrap { get; init; }

    /// <summary>The seeds when they depend on the server (a PUT must carry the id of what it updates).</summary>
    public Func<FuzzServer, IReadOnlyList<FuzzSeed>>? SeedsFrom { get; init; }
}
