namespace Waymark.Data.Entities;

/// <summary>
/// A journey map: the whole document as canonical JSON (the file format) plus metadata columns copied from it for
/// listing and filtering. The metadata is rewritten from the document on every save, never edited on its own.
/// </summary>
public sealed class MapEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";

    /// <summary>
    /// The event source the map's bindings resolve in, or null ("Connect a data source"). Kept here, not in the
    /// document, so a map file taken to another workspace never brings a binding to a source it does not know.
    /// </summary>
    public string? SourceId { get; set; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Description { get; set; }
    public int StageCount { get; set; }
    public int StepCount { get; set; }

    /// <summary>Persona names, joined by newlines, for map cards.</summary>
    public string PersonaNames { get; set; } = "";
    public string? BasedOnMapId { get; set; }
    public DateOnly? ReviewBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Bumped on every save; the ETag and the optimistic-concurrency token.</summary>
    public int Version { get; set; } = 1;
    public string Document { get; set; } = "";

    /// <summary>The seq of the last co-editing op in <see cref="Document"/> (0 before the first); read with it in one row.</summary>
    public long OpSeq { get; set; }
}
