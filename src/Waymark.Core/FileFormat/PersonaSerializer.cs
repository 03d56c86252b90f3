using System.Text;
using Waymark.Core.FileFormat.Internals;
using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.FileFormat;

/// <summary>
/// A standalone persona document (the workspace persona library): the persona's properties as in a map, with
/// "schemaVersion" first. The same writing rules and the same checks as a map's personas.
/// </summary>
public static class PersonaSerializer
{
    public static string ToJson(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var node = DocNode.Object();
        TreeWrite.Int(node, "schemaVersion", JourneyMap.CurrentSchemaVersion);
        PersonaTreeWriter.WriteInto(node, persona);
        return JsonTextEmitter.Emit(node);
    }

    /// <summary>Parses and validates one persona document; problems carry JSON paths.</summary>
    public static (Persona? Persona, IReadOnlyList<MapProblem> Problems) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<MapProblem>();
        if (!DocumentDecoder.CheckSize(Encoding.UTF8.GetByteCount(json), problems))
        {
            return (null, problems);
        }

        var body = json.StartsWith('\uFEFF') ? json[1..] : json;
        return Guarded(problems, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Checks size and UTF-8 encoding first, then reads.</summary>
    public static (Persona? Persona, IReadOnlyList<MapProblem> Problems) Read(ReadOnlySpan<byte> utf8)
    {
        var problems = new List<MapProblem>();
        var start = DocumentDecoder.Check(utf8, problems);
        return start < 0 ? (null, problems) : Guarded(problems, utf8[start..].ToArray());
    }

    private static (Persona?, IReadOnlyList<MapProblem>) Guarded(List<MapProblem> problems, byte[] utf8)
    {
        try
        {
            if (JsonTreeReader.Read(utf8, problems) is not { } tree)
            {
                return (null, problems);
            }

            var context = new ReadContext(problems);
            var persona = ObjectReader.Read(tree, DocPath.Root, context, o =>
            {
                // Optional here: persona bodies also come from the API, where the version is implied by the route.
                SchemaVersions.Read(o, required: false);
                return PersonaTreeReader.ReadFrom(o);
            });
            if (persona is not null)
            {
                var v = new ValidationContext();
                PersonaChecks.Check(persona, DocPath.Root, v);
                ProblemMerger.AddValidation(problems, v.Problems, context.Lines);
            }

            return (persona, problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new MapProblem(DocPath.Root, $"the document could not be read ({ex.GetType().Name})"));
            return (null, problems);
        }
    }
}
