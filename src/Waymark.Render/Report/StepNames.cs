using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Render.Report;

/// <summary>The map's steps in reading order, by id: their names and numbers as the report cites them ("3. Checkout").</summary>
internal sealed class StepNames
{
    private readonly Dictionary<string, (int Number, string Name)> _byId = new(StringComparer.Ordinal);

    public StepNames(JourneyMap map)
    {
        foreach (var step in map.AllSteps())
        {
            Ids.Add(step.Id);
            _byId.TryAdd(step.Id, (Ids.Count, step.Name.Length > 0 ? step.Name : "Untitled step"));
        }
    }

    public List<string> Ids { get; } = [];

    public string Name(string? stepId) => stepId is not null && _byId.TryGetValue(stepId, out var s) ? s.Name : "–";

    /// <summary>"3. Checkout": the number lets a reader find the step on the map's pages.</summary>
    public string Numbered(string? stepId) => stepId is not null && _byId.TryGetValue(stepId, out var s)
        ? s.Number.ToString(CultureInfo.InvariantCulture) + ". " + s.Name
        : "–";

    /// <summary>A lane's cells in the map's step order (cells of removed steps are left out).</summary>
    public IEnumerable<(string StepId, Cell Cell)> InOrder(IReadOnlyDictionary<string, Cell> cells)
    {
        foreach (var id in Ids)
        {
            if (cells.TryGetValue(id, out var cell) && cell is not null)
            {
                yield return (id, cell);
            }
        }
    }
}
