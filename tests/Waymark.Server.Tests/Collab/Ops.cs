namespace Waymark.Server.Tests.Collab;

/// <summary>Ops as a client sends them (anonymous objects serialised by the hub client).</summary>
internal static class Ops
{
    public static object Of(object edit, long baseSeq = 0) => new { id = Guid.NewGuid().ToString(), baseSeq, edit };

    public static object With(string id, object edit, long baseSeq = 0) => new { id, baseSeq, edit };

    /// <summary>A stage "Aware" with steps s1 and s2, and lanes "actions" and "thoughts": the grid the tests edit.</summary>
    public static object[] Grid() =>
    [
        Of(new { type = "addStage", index = 0, stage = new { id = "g1", name = "Aware", steps = new[] { new { id = "s1", name = "See ad" }, new { id = "s2", name = "Visit" } } } }),
        Of(new { type = "addLane", index = 0, lane = new { id = "actions", kind = "actions", title = "Actions" } }),
        Of(new { type = "addLane", index = 1, lane = new { id = "thoughts", kind = "thoughts", title = "Thoughts" } }),
    ];

    public static object SetText(string laneId, string stepId, string text) => new { type = "setCell", laneId, stepId, cell = new { text } };

    public static object RenameStep(string stepId, string name) => new { type = "updateStep", stepId, patch = new { name } };
}
