using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>
/// Declares a template once: its slug, name and kind also become the map's id ("map-" + slug), name and kind,
/// and every <see cref="MapTemplate.Create"/> runs the content again so each call gets its own object graph.
/// </summary>
internal static class TemplateDefinition
{
    public static MapTemplate Define(string id, string name, MapKind kind, string summary,
        Func<MapBuilder, MapBuilder> content) =>
        new(id, name, summary, kind, () => content(MapBuilder.Map($"map-{id}", name, kind)).Build());
}
