using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>Adds the steps of one stage.</summary>
internal sealed class StageBuilder
{
    private readonly MapDraft _draft;
    private readonly Stage _stage;

    public StageBuilder(MapDraft draft, Stage stage)
    {
        _draft = draft;
        _stage = stage;
    }

    public StageBuilder Description(string text)
    {
        _stage.Description = text;
        return this;
    }

    public StageBuilder Step(string id, string name, Action<StepBuilder> cells)
    {
        var step = new Step { Id = id, Name = name };
        _stage.Steps.Add(step);
        cells(new StepBuilder(_draft, step, personaId: null));
        return this;
    }
}
