using Waymark.Core.Personas;

namespace Waymark.Core.FileFormat;

// PLACEHOLDER API — the file-format work replaces the bodies below (branch format).
public static class PersonaSerializer
{
    public static string ToJson(Persona persona) => throw new NotImplementedException();

    /// <summary>Parses and validates one persona document; problems carry JSON paths.</summary>
    public static (Persona? Persona, IReadOnlyList<MapProblem> Problems) Read(string json) =>
        throw new NotImplementedException();
}
