using Waymark.Core.Personas;

namespace Waymark.Core.FileFormat.Internals;

internal static class PersonaTreeWriter
{
    public static DocNode Write(Persona persona)
    {
        var node = DocNode.Object();
        WriteInto(node, persona);
        return node;
    }

    /// <summary>Writes the persona's properties into <paramref name="node"/> (a standalone document adds schemaVersion first).</summary>
    public static void WriteInto(DocNode node, Persona persona)
    {
        TreeWrite.Text(node, "id", persona.Id);
        TreeWrite.Text(node, "name", persona.Name);
        TreeWrite.Text(node, "photoUrl", persona.PhotoUrl);
        TreeWrite.Text(node, "photoAlt", persona.PhotoAlt);
        TreeWrite.Text(node, "age", persona.Age);
        TreeWrite.Text(node, "jobRole", persona.JobRole);
        TreeWrite.Text(node, "familyStatus", persona.FamilyStatus);
        TreeWrite.Text(node, "color", persona.Color);
        if (persona.Goals is not null)
        {
            TreeWrite.NonEmpty(node, "goals", Goals(persona.Goals));
        }

        TreeWrite.Texts(node, "needs", persona.Needs);
        TreeWrite.Texts(node, "painPoints", persona.PainPoints);
        TreeWrite.Texts(node, "motivations", persona.Motivations);
        TreeWrite.Texts(node, "behaviours", persona.Behaviours);
        TreeWrite.Texts(node, "channels", persona.Channels);
        TreeWrite.Text(node, "quote", persona.Quote);
        if (persona.Backstory is not null)
        {
            TreeWrite.NonEmpty(node, "backstory", Backstory(persona.Backstory));
        }
    }

    private static DocNode Goals(PersonaGoals goals)
    {
        var node = DocNode.Object();
        TreeWrite.Texts(node, "professional", goals.Professional);
        TreeWrite.Texts(node, "personal", goals.Personal);
        return node;
    }

    private static DocNode Backstory(PersonaBackstory backstory)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "entryPoint", backstory.EntryPoint);
        TreeWrite.Text(node, "why", backstory.Why);
        TreeWrite.Text(node, "what", backstory.What);
        TreeWrite.Text(node, "outcomes", backstory.Outcomes);
        return node;
    }
}
