namespace Waymark.Core.Personas;

public sealed class PersonaGoals
{
    public List<string> Professional { get; set; } = [];
    public List<string> Personal { get; set; } = [];
}
