using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat;

// PLACEHOLDER API — the file-format work replaces every body below (branch format).
public static class MapSerializer
{
    /// <summary>Canonical JSON: stable property order, two-space indent, one line per cell, trailing newline.</summary>
    public static string ToJson(JourneyMap map) => throw new NotImplementedException();

    /// <summary>The same document as YAML; reading it back gives a map whose JSON is byte-identical.</summary>
    public static string ToYaml(JourneyMap map) => throw new NotImplementedException();

    public static string Write(JourneyMap map, MapFormat format) =>
        format == MapFormat.Json ? ToJson(map) : ToYaml(map);

    /// <summary>Parses and validates; returns every problem with its JSON path.</summary>
    public static MapReadResult Read(string text, MapFormat format) => throw new NotImplementedException();

    /// <summary>Checks size (<see cref="MapLimits"/>) and UTF-8 encoding first, then reads.</summary>
    public static MapReadResult Read(ReadOnlySpan<byte> utf8, MapFormat format) => throw new NotImplementedException();

    /// <summary>"x.waymark.json" -> Json, "x.waymark.yaml"/".yml" -> Yaml, anything else null.</summary>
    public static MapFormat? FormatOf(string fileName) => throw new NotImplementedException();
}
