using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waymark.Core.Tests.Operations;

/// <summary>
/// One file of tests/fixtures/operations: a map before, ops applied in order (seq 1, 2, ... for the applied ones), and
/// either the map after or the error the last op is rejected with. The browser's vitest runs the same files.
/// </summary>
public sealed record GoldenCase(string File, string Name, JsonObject Before, JsonArray Ops, JsonObject? After, JsonObject? Error, JsonArray? Results)
{
    public static string Folder { get; } = FindFolder();

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static GoldenCase Load(string file)
    {
        var root = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();
        return new GoldenCase(
            file,
            root["name"]!.GetValue<string>(),
            root["before"]!.AsObject(),
            root["ops"]!.AsArray(),
            root["after"]?.AsObject(),
            root["error"]?.AsObject(),
            root["results"]?.AsArray());
    }

    public override string ToString() => File;

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Waymark.slnx not found"), "tests", "fixtures", "operations");
    }
}
