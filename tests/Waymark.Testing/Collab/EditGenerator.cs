using System.Globalization;
using System.Text.Json.Nodes;

namespace Waymark.Testing.Collab;

/// <summary>
/// Random edits of every type in the co-editing spec (docs/adr/043) against what an editor sees, from a seeded
/// <see cref="Random"/>. Some edits point at things the editor saw deleted (late edits to tombstoned ids, which the
/// server must reject), and some re-add a deleted stage, step or lane with restore (undo of a delete).
/// </summary>
internal sealed class EditGenerator(Random random, string prefix)
{
    private static readonly string[] TextLanes = ["actions", "thoughts", "feelings", "questions", "text", "frontstage", "backstage", "touchpoints"];
    private static readonly string[] NewLaneKinds = ["text", "actions", "thoughts", "painPoints", "emotionCurve", "ideas"];
    private readonly List<(string Type, JsonObject Item, string? StageId)> _deleted = [];
    private int _next;

    /// <summary>Ids this editor saw go (by its own or others' deletes): late edits aim at them.</summary>
    public void Forget(string type, JsonObject item, string? stageId = null) => _deleted.Add((type, item.DeepClone().AsObject(), stageId));

    public JsonObject Next(MapView view)
    {
        while (true)
        {
            var edit = random.Next(100) switch
            {
                < 30 => SetCell(view),
                < 38 => UpdateStep(view),
                < 43 => UpdateStage(view),
                < 47 => UpdateLane(view),
                < 52 => AddStep(view),
                < 55 => AddStage(view),
                < 58 => AddLane(view),
                < 61 => DeleteStep(view),
                < 63 => DeleteStage(view),
                < 65 => DeleteLane(view),
                < 69 => MoveStep(view),
                < 72 => MoveStage(view),
                < 75 => MoveLane(view),
                < 78 => UpdateMap(),
                < 80 => UpdateScope(),
                < 82 => AddPersona(),
                < 84 => UpdatePersona(view),
                < 85 => RemovePersona(view),
                < 93 => LateEdit(),
                _ => Restore(),
            };
            if (edit is not null)
            {
                return edit;
            }
        }
    }

    private string NewId(string kind) => $"{kind}-{prefix}-{(_next++).ToString(CultureInfo.InvariantCulture)}";

    private string Text() => $"{prefix} wrote {random.Next(1000).ToString(CultureInfo.InvariantCulture)} <b>&amp;</b> ✓";

    private T? Pick<T>(List<T> items) => items.Count == 0 ? default : items[random.Next(items.Count)];

    private JsonObject? SetCell(MapView view)
    {
        var lane = Pick(view.Lanes);
        var step = Pick(view.Steps);
        if (lane is null || step.Step is null)
        {
            return null;
        }

        var kind = MapView.Kind(lane);
        JsonObject? cell = random.Next(8) == 0 ? null
            : kind == "emotionCurve" ? new JsonObject { ["emotions"] = new JsonArray(new JsonObject { ["score"] = random.Next(-2, 3) }) }
            : kind == "painPoints" ? new JsonObject { ["painPoints"] = new JsonArray(new JsonObject { ["id"] = NewId("pp"), ["text"] = Text() }) }
            : kind == "ideas" ? new JsonObject { ["ideas"] = new JsonArray(new JsonObject { ["id"] = NewId("idea"), ["text"] = Text() }) }
            : TextLanes.Contains(kind) ? new JsonObject { ["text"] = Text() }
            : null;
        return Edit("setCell", ("laneId", MapView.Id(lane)), ("stepId", MapView.Id(step.Step)), ("cell", cell));
    }

    private JsonObject? UpdateStep(MapView view) => Pick(view.Steps).Step is { } step
        ? Edit("updateStep", ("stepId", MapView.Id(step)), ("patch", random.Next(4) == 0
            ? new JsonObject { ["description"] = null }
            : new JsonObject { ["name"] = Text(), ["description"] = Text() }))
        : null;

    private JsonObject? UpdateStage(MapView view) => Pick(view.Stages) is { } stage
        ? Edit("updateStage", ("stageId", MapView.Id(stage)), ("patch", new JsonObject { ["name"] = Text(), ["goal"] = Text() }))
        : null;

    private JsonObject? UpdateLane(MapView view) => Pick(view.Lanes) is { } lane
        ? Edit("updateLane", ("laneId", MapView.Id(lane)), ("patch", new JsonObject { ["title"] = Text() }))
        : null;

    private JsonObject? AddStep(MapView view) => Pick(view.Stages) is { } stage
        ? Edit("addStep", ("stageId", MapView.Id(stage)), ("step", new JsonObject { ["id"] = NewId("stp"), ["name"] = Text() }),
            ("index", random.Next(-1, 6)))
        : null;

    private JsonObject? AddStage(MapView view) => view.Stages.Count >= 12 ? null : Edit("addStage",
        ("stage", new JsonObject
        {
            ["id"] = NewId("stg"),
            ["name"] = Text(),
            ["steps"] = new JsonArray(new JsonObject { ["id"] = NewId("stp"), ["name"] = Text() }),
        }),
        ("index", random.Next(0, 8)));

    private JsonObject? AddLane(MapView view) => view.Lanes.Count >= 14 ? null : Edit("addLane",
        ("lane", new JsonObject { ["id"] = NewId("lane"), ["kind"] = NewLaneKinds[random.Next(NewLaneKinds.Length)], ["title"] = Text() }),
        ("index", random.Next(0, 20)));

    private JsonObject? DeleteStep(MapView view) => view.Steps.Count < 4 ? null : Pick(view.Steps) is var (stageId, step) && step is not null
        ? Deleted("deleteStep", "stepId", "step", step, stageId)
        : null;

    private JsonObject? DeleteStage(MapView view) => view.Stages.Count < 3 ? null : Pick(view.Stages) is { } stage
        ? Deleted("deleteStage", "stageId", "stage", stage, null)
        : null;

    private JsonObject? DeleteLane(MapView view) => view.Lanes.Count < 3 ? null : Pick(view.Lanes) is { } lane
        ? Deleted("deleteLane", "laneId", "lane", lane, null)
        : null;

    private JsonObject? MoveStep(MapView view) => Pick(view.Steps).Step is { } step && Pick(view.Stages) is { } to
        ? Edit("moveStep", ("stepId", MapView.Id(step)), ("toStageId", MapView.Id(to)), ("toIndex", random.Next(-2, 8)))
        : null;

    private JsonObject? MoveStage(MapView view) => Pick(view.Stages) is { } stage
        ? Edit("moveStage", ("stageId", MapView.Id(stage)), ("toIndex", random.Next(-1, 10)))
        : null;

    private JsonObject? MoveLane(MapView view) => Pick(view.Lanes) is { } lane
        ? Edit("moveLane", ("laneId", MapView.Id(lane)), ("toIndex", random.Next(-1, 20)))
        : null;

    private JsonObject UpdateMap() => Edit("updateMap", ("patch", random.Next(3) == 0
        ? new JsonObject { ["description"] = null }
        : new JsonObject { ["name"] = Text(), ["description"] = Text() }));

    private JsonObject UpdateScope() => Edit("updateScope", ("patch", new JsonObject { ["goal"] = Text(), ["segment"] = Text() }));

    private JsonObject AddPersona() => Edit("addPersona", ("persona", new JsonObject { ["id"] = NewId("per"), ["name"] = Text() }));

    private JsonObject? UpdatePersona(MapView view) => Pick(view.Personas) is { } persona
        ? Edit("updatePersona", ("persona", new JsonObject { ["id"] = MapView.Id(persona), ["name"] = Text(), ["quote"] = Text() }))
        : null;

    private JsonObject? RemovePersona(MapView view) => Pick(view.Personas) is { } persona
        ? Edit("removePersona", ("personaId", MapView.Id(persona)))
        : null;

    // An edit to something this editor saw deleted: the server must reject it (reason "deleted"), never resurrect it.
    private JsonObject? LateEdit()
    {
        if (_deleted.Count == 0)
        {
            return null;
        }

        var (type, item, _) = _deleted[random.Next(_deleted.Count)];
        var id = MapView.Id(item);
        return type switch
        {
            "step" => Edit("updateStep", ("stepId", id), ("patch", new JsonObject { ["name"] = Text() })),
            "stage" => random.Next(2) == 0
                ? Edit("updateStage", ("stageId", id), ("patch", new JsonObject { ["name"] = Text() }))
                : Edit("addStep", ("stageId", id), ("step", new JsonObject { ["id"] = NewId("stp"), ["name"] = Text() }), ("index", 0)),
            _ => Edit("setCell", ("laneId", id), ("stepId", "stp-none"), ("cell", new JsonObject { ["text"] = Text() })),
        };
    }

    // Undo of a delete: the thing comes back with restore, from what the editor last saw of it.
    private JsonObject? Restore()
    {
        if (_deleted.Count == 0)
        {
            return null;
        }

        var index = random.Next(_deleted.Count);
        var (type, item, stageId) = _deleted[index];
        _deleted.RemoveAt(index);
        return type switch
        {
            "step" when stageId is not null => Edit("addStep", ("stageId", stageId), ("step", item), ("index", random.Next(0, 4)), ("restore", true)),
            "stage" => Edit("addStage", ("stage", item), ("index", random.Next(0, 4)), ("restore", true)),
            "lane" => Edit("addLane", ("lane", item), ("index", random.Next(0, 4)), ("restore", true)),
            _ => null,
        };
    }

    private JsonObject Deleted(string edit, string idName, string type, JsonObject item, string? stageId)
    {
        Forget(type, item, stageId);
        return Edit(edit, (idName, MapView.Id(item)));
    }

    private static JsonObject Edit(string type, params (string Name, object? Value)[] members)
    {
        var edit = new JsonObject { ["type"] = type };
        foreach (var (name, value) in members)
        {
            edit[name] = value switch
            {
                null => null,
                JsonNode node => node.DeepClone(),
                string s => s,
                int i => i,
                bool b => b,
                _ => throw new ArgumentException($"unexpected member type {value.GetType()}"),
            };
        }

        return edit;
    }
}
