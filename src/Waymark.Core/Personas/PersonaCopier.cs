namespace Waymark.Core.Personas;

/// <summary>Deep copies of personas (for maps copied with <c>MapCopier</c> and for the persona library).</summary>
public static class PersonaCopier
{
    /// <summary>A deep copy carrying <paramref name="id"/> (pass the source's id to keep it).</summary>
    public static Persona Copy(Persona source, string id)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Persona
        {
            Id = id,
            Name = source.Name,
            PhotoUrl = source.PhotoUrl,
            PhotoAlt = source.PhotoAlt,
            Age = source.Age,
            JobRole = source.JobRole,
            FamilyStatus = source.FamilyStatus,
            Color = source.Color,
            Goals = new PersonaGoals
            {
                Professional = [.. source.Goals?.Professional ?? []],
                Personal = [.. source.Goals?.Personal ?? []],
            },
            Needs = [.. source.Needs ?? []],
            PainPoints = [.. source.PainPoints ?? []],
            Motivations = [.. source.Motivations ?? []],
            Behaviours = [.. source.Behaviours ?? []],
            Channels = [.. source.Channels ?? []],
            Quote = source.Quote,
            Backstory = source.Backstory is null ? new PersonaBackstory() : new PersonaBackstory
            {
                EntryPoint = source.Backstory.EntryPoint,
                Why = source.Backstory.Why,
                What = source.Backstory.What,
                Outcomes = source.Backstory.Outcomes,
            },
        };
    }
}
