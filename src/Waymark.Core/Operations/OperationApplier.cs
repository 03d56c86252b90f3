using System.Text.Json.Nodes;
using Waymark.Core.FileFormat;
using Waymark.Core.Operations.Internals;

namespace Waymark.Core.Operations;

/// <summary>
/// Applies one op to a map document with the co-editing rules (docs/adr/043): the same result as the editor's
/// <c>applyEdit</c>, plus checks against what was deleted, last-writer-wins bookkeeping, and the file format's
/// validation and limits after every op. Never changes its input; an op that is not applied changes nothing.
/// </summary>
public static class OperationApplier
{
    /// <summary>Applies <paramref name="op"/> as the op numbered <paramref name="seq"/> in the map's log.</summary>
    public static OperationResult Apply(string documentJson, MapOperation op, OperationAuthor author, long seq, CoEditState state)
    {
        ArgumentNullException.ThrowIfNull(documentJson);
        return Apply(JsonNode.Parse(documentJson)!.AsObject(), op, author, seq, state);
    }

    /// <summary>The same on a parsed document; the result's document is a new tree.</summary>
    public static OperationResult Apply(JsonObject document, MapOperation op, OperationAuthor author, long seq, CoEditState state)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(state);
        var run = new EditRun(document.DeepClone().AsObject(), op, author, seq, state);
        if (Edit(run, op) is { } rejected)
        {
            return rejected;
        }

        var read = MapSerializer.Read(run.Map.ToJsonString(), MapFormat.Json);
        if (!read.Succeeded)
        {
            var first = read.Problems.Count > 0 ? read.Problems[0] : new MapProblem(MapProblem.DocumentPath, "the map could not be read");
            return new OperationResult { Reason = RejectReasons.Invalid, Message = first.Message, Path = first.Path };
        }

        var json = MapSerializer.ToJson(read.Map!);
        return new OperationResult
        {
            Map = read.Map,
            Json = json,
            Document = JsonNode.Parse(json)!.AsObject(),
            Replaced = Commit(run, op, author, seq, state),
            TombstonesAdded = run.Added,
            TombstonesRemoved = run.Removed,
        };
    }

    /// <summary>
    /// Applies an op that the map's log already holds (a copy following the server, docs/adr/050) IN PLACE: the same
    /// edit, deletion and last-writer-wins rules as <see cref="Apply(JsonObject, MapOperation, OperationAuthor, long, CoEditState)"/>,
    /// but without the file format's validation and canonical form, which the server did when it applied the op; a
    /// copy made this way reads as the server's map once put in canonical form (MapSerializer.Read, then ToJson).
    /// Returns null when applied, else the rejection; after a rejection the document may be partly changed and must
    /// be thrown away (apply to a clone when a rejection is expected).
    /// </summary>
    public static OperationResult? Replay(JsonObject document, MapOperation op, OperationAuthor author, long seq, CoEditState state)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(state);
        var run = new EditRun(document, op, author, seq, state);
        if (Edit(run, op) is { } rejected)
        {
            return rejected;
        }

        Commit(run, op, author, seq, state);
        return null;
    }

    /// <summary>Runs the op's edit on the run's tree and keeps the journey's ends in order; the rejection, or null.</summary>
    private static OperationResult? Edit(EditRun run, MapOperation op)
    {
        try
        {
            run.Run();
        }
        catch (Rejection r)
        {
            return new OperationResult { Reason = r.Reason, Message = r.Message, Path = r.Path, DeletedBy = r.DeletedBy };
        }

        if (op.Edit is DeleteStageEdit or DeleteStepEdit or MoveStageEdit or MoveStepEdit)
        {
            JourneyEnds.Validate(run.Map);
        }

        return null;
    }

    /// <summary>The document of an applied result, to apply the next op of a batch to without parsing again.</summary>
    public static JsonObject DocumentOf(OperationResult applied) =>
        applied.Document ?? throw new ArgumentException("Only an applied result has a document.", nameof(applied));

    /// <summary>
    /// Records the op's tombstones and keys, and finds whose write it replaced: the latest other author who wrote one
    /// of its keys after the op's base seq (so they had not seen it).
    /// </summary>
    private static KeyWriter? Commit(EditRun run, MapOperation op, OperationAuthor author, long seq, CoEditState state)
    {
        KeyWriter? replaced = null;
        var me = new KeyWriter(author.Id, author.Name, seq);
        foreach (var key in OperationKeys.Of(op.Edit))
        {
            if (state.LastWriter(key) is { } last && last.AuthorId != author.Id && last.Seq > op.BaseSeq
                && (replaced is null || last.Seq > replaced.Seq))
            {
                replaced = last;
            }

            state.Wrote(key, me);
        }

        foreach (var (kind, id) in run.Removed)
        {
            state.RemoveTombstone(kind, id);
        }

        foreach (var tomb in run.Added)
        {
            state.AddTombstone(tomb);
        }

        return replaced;
    }
}
