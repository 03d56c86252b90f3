using System.Text.RegularExpressions;
using Waymark.Core.Personas;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>The rules for one persona, shared by maps and standalone persona documents.</summary>
internal static partial class PersonaChecks
{
    public static void Check(Persona persona, string path, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), persona.Id);
        v.Name(DocPath.Property(path, "name"), persona.Name);
        if (persona.PhotoUrl is not null)
        {
            v.ImageUrl(DocPath.Property(path, "photoUrl"), persona.PhotoUrl, "photoUrl");
        }

        v.Alt(DocPath.Property(path, "photoAlt"), persona.PhotoAlt);

        v.Text(DocPath.Property(path, "age"), persona.Age);
        v.Text(DocPath.Property(path, "jobRole"), persona.JobRole);
        v.Text(DocPath.Property(path, "familyStatus"), persona.FamilyStatus);
        if (persona.Color is not null && !HexColor().IsMatch(persona.Color))
        {
            v.Report(DocPath.Property(path, "color"), $"persona color \"{persona.Color}\" must be written as \"#rrggbb\"");
        }

        var goals = DocPath.Property(path, "goals");
        v.Texts(DocPath.Property(goals, "professional"), persona.Goals?.Professional);
        v.Texts(DocPath.Property(goals, "personal"), persona.Goals?.Personal);
        v.Texts(DocPath.Property(path, "needs"), persona.Needs);
        v.Texts(DocPath.Property(path, "painPoints"), persona.PainPoints);
        v.Texts(DocPath.Property(path, "motivations"), persona.Motivations);
        v.Texts(DocPath.Property(path, "behaviours"), persona.Behaviours);
        v.Channels(DocPath.Property(path, "channels"), persona.Channels);
        v.Text(DocPath.Property(path, "quote"), persona.Quote);
        CheckBackstory(persona.Backstory, DocPath.Property(path, "backstory"), v);
    }

    private static void CheckBackstory(PersonaBackstory? backstory, string path, ValidationContext v)
    {
        if (backstory is null)
        {
            return;
        }

        v.Text(DocPath.Property(path, "entryPoint"), backstory.EntryPoint);
        v.Text(DocPath.Property(path, "why"), backstory.Why);
        v.Text(DocPath.Property(path, "what"), backstory.What);
        v.Text(DocPath.Property(path, "outcomes"), backstory.Outcomes);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
