using Waymark.Core.Maps;

namespace Waymark.Core.Templates;

/// <summary>A built-in starting point. <see cref="Create"/> builds a fresh copy each call.</summary>
public sealed class MapTemplate
{
    private readonly Func<JourneyMap> _build;

    public MapTemplate(string id, string name, string summary, MapKind kind, Func<JourneyMap> build)
    {
        Id = id;
        Name = name;
        Summary = summary;
        Kind = kind;
        _build = build;
    }

    /// <summary>Stable slug, e.g. "saas-trial".</summary>
    public string Id { get; }
    public string Name { get; }
    public string Summary { get; }
    public MapKind Kind { get; }

    public JourneyMap Create() => _build();
}
