using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>
/// Fills the cells of one step, one row at a time. Inside <see cref="As"/> the notes and the emotion point speak
/// for one persona: they go to that persona's lane when the map has one, else to the shared lane.
/// </summary>
internal sealed partial class StepBuilder
{
    private const string ThoughtColor = "blue";

    private readonly MapDraft _draft;
    private readonly Step _step;
    private readonly string? _personaId;

    public StepBuilder(MapDraft draft, Step step, string? personaId)
    {
        _draft = draft;
        _step = step;
        _personaId = personaId;
    }

    public StepBuilder Describe(string text) => Set(() => _step.Description = text);

    /// <summary>The activity names this step stands for in the event data.</summary>
    public StepBuilder Bound(params string[] activities) =>
        Set(() => (_step.Binding ??= new StepBinding()).Activities.AddRange(activities));

    /// <summary>Narrows the binding to events whose property equals the value.</summary>
    public StepBuilder Where(string property, string value) =>
        Set(() => (_step.Binding ??= new StepBinding()).Filter.Add(new PropertyFilter { Property = property, Value = value }));

    /// <summary>The same step seen by another persona of a multi-persona map.</summary>
    public StepBuilder As(string personaId, Action<StepBuilder> cells) =>
        Set(() => cells(new StepBuilder(_draft, _step, personaId)));

    public StepBuilder Does(string action) => Set(() => Cell(LaneKind.Actions).Text = action);

    /// <summary>
    /// Where the customer meets the business, who owns it and through which channels. The channels lane, when
    /// the map has one, repeats the channels so a reader can scan them along one row.
    /// </summary>
    public StepBuilder Touchpoint(string text, string owner, params string[] channels)
    {
        var cell = Cell(LaneKind.Touchpoints);
        cell.Text = text;
        cell.Owner = owner;
        cell.Channels.AddRange(channels);
        return _draft.HasLane(LaneKind.Channels) ? Channels(channels) : this;
    }

    public StepBuilder Channels(params string[] channels) =>
        Set(() => AddMissing(Cell(LaneKind.Channels).Channels, channels));

    /// <summary>Each thought is a card, in the customer's own words.</summary>
    public StepBuilder Thinks(params string[] thoughts)
    {
        foreach (var thought in thoughts)
        {
            _draft.AddCard(LaneKind.Thoughts, _personaId, _step.Id, thought, ThoughtColor);
        }

        return this;
    }

    public StepBuilder Feels(string feeling) => Set(() => Cell(LaneKind.Feelings).Text = feeling);

    public StepBuilder Asks(string question) => Set(() => Cell(LaneKind.Questions).Text = question);

    public StepBuilder Frontstage(string text, string owner) => Staff(LaneKind.Frontstage, text, owner);

    public StepBuilder Backstage(string text, string owner) => Staff(LaneKind.Backstage, text, owner);

    public StepBuilder Support(string text, string owner) => Staff(LaneKind.SupportProcesses, text, owner);

    private StepBuilder Staff(LaneKind kind, string text, string owner)
    {
        var cell = Cell(kind);
        cell.Text = text;
        cell.Owner = owner;
        return this;
    }

    private Cell Cell(LaneKind kind) => _draft.Cell(kind, _personaId, _step.Id);

    private static void AddMissing(List<string> list, string[] items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item, StringComparer.Ordinal))
            {
                list.Add(item);
            }
        }
    }

    private StepBuilder Set(Action apply)
    {
        apply();
        return this;
    }
}
