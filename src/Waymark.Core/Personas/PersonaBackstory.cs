namespace Waymark.Core.Personas;

/// <summary>How the persona comes to the journey: entry point, why, what they do, and the outcomes they want.</summary>
public sealed class PersonaBackstory
{
    public string? EntryPoint { get; set; }
    public string? Why { get; set; }
    public string? What { get; set; }
    public string? Outcomes { get; set; }
}
