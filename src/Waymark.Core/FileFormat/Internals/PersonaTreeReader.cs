using Waymark.Core.Personas;

namespace Waymark.Core.FileFormat.Internals;

internal static class PersonaTreeReader
{
    public static Persona? Read(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, ReadFrom);

    /// <summary>Reads the persona's properties from an open object (a standalone document reads schemaVersion first).</summary>
    public static Persona ReadFrom(ObjectReader o) => new()
    {
        Id = o.RequiredText("id"),
        Name = o.RequiredText("name"),
        PhotoUrl = o.Text("photoUrl"),
        PhotoAlt = o.Text("photoAlt"),
        Age = o.Text("age"),
        JobRole = o.Text("jobRole"),
        FamilyStatus = o.Text("familyStatus"),
        Color = o.Text("color"),
        Goals = o.Object("goals", (node, path) => Goals(node, path, o.Context)) ?? new PersonaGoals(),
        Needs = o.Texts("needs"),
        PainPoints = o.Texts("painPoints"),
        Motivations = o.Texts("motivations"),
        Behaviours = o.Texts("behaviours"),
        Channels = o.Texts("channels"),
        Quote = o.Text("quote"),
        Backstory = o.Object("backstory", (node, path) => Backstory(node, path, o.Context)) ?? new PersonaBackstory(),
    };

    private static PersonaGoals? Goals(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new PersonaGoals
        {
            Professional = o.Texts("professional"),
            Personal = o.Texts("personal"),
        });

    private static PersonaBackstory? Backstory(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new PersonaBackstory
        {
            EntryPoint = o.Text("entryPoint"),
            Why = o.Text("why"),
            What = o.Text("what"),
            Outcomes = o.Text("outcomes"),
        });
}
