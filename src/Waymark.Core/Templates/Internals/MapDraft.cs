using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>The map under construction and its lanes by key, shared by the map, stage and step builders.</summary>
internal sealed class MapDraft
{
    private readonly Dictionary<LaneKey, Lane> _lanes = [];

    public JourneyMap Map { get; } = new();

    public void AddLane(LaneKind kind, string? title, string? personaId)
    {
        var lane = new Lane
        {
            Id = LaneNames.Id(kind, personaId),
            Kind = kind,
            Title = title ?? LaneNames.Title(kind),
            PersonaId = personaId,
        };
        if (!_lanes.TryAdd(new LaneKey(kind, personaId), lane))
        {
            throw new InvalidOperationException($"Lane {lane.Id} is declared twice.");
        }

        Map.Lanes.Add(lane);
    }

    public bool HasLane(LaneKind kind) => _lanes.ContainsKey(new LaneKey(kind, null));

    /// <summary>
    /// The cell of the persona's own lane at the step, or of the shared lane when the persona has none.
    /// A template that writes to a lane it never declared is a bug in the template, so it throws.
    /// </summary>
    public Cell Cell(LaneKind kind, string? personaId, string stepId) => CellOf(Lane(kind, personaId, stepId), stepId);

    /// <summary>Adds a card with a readable id such as "card-thoughts-create-account-1".</summary>
    public void AddCard(LaneKind kind, string? personaId, string stepId, string text, string color)
    {
        var lane = Lane(kind, personaId, stepId);
        var cell = CellOf(lane, stepId);
        var id = $"card-{LaneNames.Strip(lane.Id, "lane-")}-{LaneNames.Strip(stepId, "stp-")}-{cell.Cards.Count + 1}";
        cell.Cards.Add(new Card { Id = id, Text = text, Color = color });
    }

    private Lane Lane(LaneKind kind, string? personaId, string stepId)
    {
        if (_lanes.TryGetValue(new LaneKey(kind, personaId), out var lane) ||
            _lanes.TryGetValue(new LaneKey(kind, null), out lane))
        {
            return lane;
        }

        throw new InvalidOperationException($"Map {Map.Id} has no {kind} lane (step {stepId}).");
    }

    private static Cell CellOf(Lane lane, string stepId)
    {
        if (!lane.Cells.TryGetValue(stepId, out var cell))
        {
            cell = new Cell();
            lane.Cells.Add(stepId, cell);
        }

        return cell;
    }
}
