using System.Text.Json.Nodes;
using Waymark.Core.Operations;

namespace Waymark.Testing.Collab;

/// <summary>An op a simulated editor made and has not seen applied or rejected yet; resent with the same id.</summary>
internal sealed record PendingOp(string Id, long BaseSeq, JsonObject Edit)
{
    /// <summary>The edit as the applier takes it (read once: the editor's view re-applies it at every edit it makes).</summary>
    public MapEdit Parsed { get; } = OperationJson.ReadEdit(Edit.ToJsonString());

    public JsonObject ToJson() => new() { ["id"] = Id, ["baseSeq"] = BaseSeq, ["edit"] = Edit.DeepClone() };
}
