using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>
/// Applies one op to a copy of the document, checking what it names against the map and the tombstones. Changes to
/// the <see cref="CoEditState"/> are collected here and made only when the whole op is applied.
/// </summary>
internal sealed partial class EditRun(JsonObject map, MapOperation op, OperationAuthor author, long seq, CoEditState state)
{
    public JsonObject Map { get; } = map;

    public List<Tombstone> Added { get; } = [];

    public List<(string Kind, string Id)> Removed { get; } = [];

    public void Run()
    {
        switch (op.Edit)
        {
            case UpdateMapEdit e: UpdateMap(e); break;
            case UpdateScopeEdit e: UpdateScope(e); break;
            case AddStageEdit e: AddStage(e); break;
            case UpdateStageEdit e: UpdateStage(e); break;
            case DeleteStageEdit e: DeleteStage(e); break;
            case MoveStageEdit e: MoveStage(e); break;
            case AddStepEdit e: AddStep(e); break;
            case UpdateStepEdit e: UpdateStep(e); break;
            case DeleteStepEdit e: DeleteStep(e); break;
            case MoveStepEdit e: MoveStep(e); break;
            case AddLaneEdit e: AddLane(e); break;
            case UpdateLaneEdit e: UpdateLane(e); break;
            case DeleteLaneEdit e: DeleteLane(e); break;
            case MoveLaneEdit e: MoveLane(e); break;
            case SetCellEdit e: SetCell(e); break;
            case AddPersonaEdit e: AddPersona(e); break;
            case UpdatePersonaEdit e: UpdatePersona(e); break;
            case RemovePersonaEdit e: RemovePersona(e); break;
            case ReplaceDocumentEdit e: ReplaceDocument(e); break;
            default: throw Rejection.Invalid("edit.type", "unknown edit type");
        }
    }

    private static string Id(string? id, string path)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw Rejection.Invalid(path, "an id is required");
        }

        return id;
    }

    private static JsonObject Required(JsonObject? value, string path) =>
        value ?? throw Rejection.Invalid(path, "an object is required");

    /// <summary>The rejection for an id the map does not hold: deleted (and by whom) or missing.</summary>
    private Rejection Gone(string kind, string id)
    {
        if (state.FindTombstone(kind, id) is { } tomb)
        {
            return new Rejection(RejectReasons.Deleted, $"{tomb.AuthorName} deleted this {kind}", null, tomb.AuthorName);
        }

        return new Rejection(RejectReasons.Missing, $"the map has no {kind} '{Clip(id)}'");
    }

    /// <summary>An add of <paramref name="id"/>: refused when the map holds it or it was deleted (unless restored).</summary>
    private void CheckNew(string kind, string id, bool exists, bool? restore)
    {
        if (exists)
        {
            throw new Rejection(RejectReasons.Exists, $"the map already has a {kind} '{Clip(id)}'");
        }

        if (state.FindTombstone(kind, id) is not { } tomb)
        {
            return;
        }

        if (restore != true)
        {
            throw new Rejection(RejectReasons.Deleted, $"{tomb.AuthorName} deleted this {kind}", null, tomb.AuthorName);
        }

        Removed.Add((kind, id));
    }

    private void Bury(string kind, string id) => Added.Add(new Tombstone(kind, id, seq, author.Name));

    private static string Clip(string id) => id.Length > 64 ? id[..64] + "…" : id;
}
