using Waymark.Server.Tests.Collab;

namespace Waymark.Server.Tests.History;

/// <summary>
/// Random edits of the test grid (stage g1, lanes actions and thoughts) from a seed: cells, step names, steps added,
/// moved, deleted and brought back (restore: true, past their tombstone), lanes added, the map renamed. It keeps
/// track of what exists so most edits apply; one that does not is simply not in the log.
/// </summary>
internal sealed class RandomEdits(int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<string> _steps = ["s1", "s2"];
    private readonly List<string> _deleted = [];
    private readonly List<string> _lanes = ["actions", "thoughts"];
    private int _made;

    public object Next()
    {
        _made++;
        var n = _made.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (_random.Next(10))
        {
            case 0:
                _steps.Add("n" + n);
                return new { type = "addStep", stageId = "g1", index = _random.Next(_steps.Count), step = new { id = "n" + n, name = "Step " + n } };
            case 1 when _steps.Count > 2:
                var gone = Pick(_steps);
                _steps.Remove(gone);
                _deleted.Add(gone);
                return new { type = "deleteStep", stepId = gone };
            case 2 when _deleted.Count > 0:
                var back = Pick(_deleted);
                _deleted.Remove(back);
                _steps.Add(back);
                return new { type = "addStep", stageId = "g1", index = 0, step = new { id = back, name = "Back " + n }, restore = true };
            case 3:
                return new { type = "moveStep", stepId = Pick(_steps), toStageId = "g1", toIndex = _random.Next(_steps.Count) };
            case 4 when _lanes.Count < 6:
                _lanes.Add("l" + n);
                return new { type = "addLane", index = _random.Next(_lanes.Count), lane = new { id = "l" + n, kind = "ideas", title = "Ideas " + n } };
            case 5:
                return Ops.RenameStep(Pick(_steps), "<b>Renamed " + n + "</b>");
            case 6:
                return new { type = "updateMap", patch = new { name = "Map " + n } };
            default:
                return Ops.SetText(Pick(_lanes), Pick(_steps), _random.Next(5) == 0 ? "" : "Text " + n);
        }
    }

    public int Size(int most) => 1 + _random.Next(most);

    private string Pick(List<string> items) => items[_random.Next(items.Count)];
}
