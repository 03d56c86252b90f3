using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Reads and checks "schemaVersion", naming the supported versions when it is missing or unknown.</summary>
internal static class SchemaVersions
{
    public static IReadOnlyList<int> Supported { get; } = [JourneyMap.CurrentSchemaVersion];

    public static int Read(ObjectReader o, bool required)
    {
        var supported = string.Join(", ", Supported.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        if (o.Node("schemaVersion") is not { } node)
        {
            if (required)
            {
                o.Context.Report(o.PathOf("schemaVersion"), $"schemaVersion is missing; supported versions: {supported}", 1);
            }

            return JourneyMap.CurrentSchemaVersion;
        }

        var version = o.Int("schemaVersion");
        if (version is { } v && !Supported.Contains(v))
        {
            var text = v.ToString(CultureInfo.InvariantCulture);
            o.Context.Report(o.PathOf("schemaVersion"), $"schemaVersion {text} is not supported; supported versions: {supported}", node.Line);
        }

        return version ?? JourneyMap.CurrentSchemaVersion;
    }
}
