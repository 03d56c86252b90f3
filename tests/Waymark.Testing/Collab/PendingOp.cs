using System.Text.Json.Nodes;

namespace Waymark.Testing.Collab;

/// <summary>An op a simulated editor made and has not seen applied or rejected yet; resent with the same id.</summary>
internal sealed record PendingOp(string Id, long BaseSeq, JsonObject Edit)
{
    public JsonObject ToJson() => new() { ["id"] = Id, ["baseSeq"] = BaseSeq, ["edit"] = Edit.DeepClone() };
}
