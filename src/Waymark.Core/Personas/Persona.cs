namespace Waymark.Core.Personas;

/// <summary>Who travels the journey.</summary>
public sealed class Persona
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>A web address or a stored image ("image:…", <see cref="Maps.StoredImage"/>).</summary>
    public string? PhotoUrl { get; set; }

    /// <summary>The photo's alt text; empty marks it decorative (the name beside it says who it is).</summary>
    public string? PhotoAlt { get; set; }

    /// <summary>Free text so a range ("35-44") is possible.</summary>
    public string? Age { get; set; }
    public string? JobRole { get; set; }
    public string? FamilyStatus { get; set; }

    /// <summary>The persona's colour on multi-persona maps (emotion curve, lane badges), as "#rrggbb".</summary>
    public string? Color { get; set; }
    public PersonaGoals Goals { get; set; } = new();
    public List<string> Needs { get; set; } = [];
    public List<string> PainPoints { get; set; } = [];
    public List<string> Motivations { get; set; } = [];
    public List<string> Behaviours { get; set; } = [];

    /// <summary>Channel ids the persona uses (see Maps.Channels).</summary>
    public List<string> Channels { get; set; } = [];
    public string? Quote { get; set; }
    public PersonaBackstory Backstory { get; set; } = new();
}
