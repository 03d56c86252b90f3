using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.Tests.Builders;

/// <summary>Fluent test data: a map with just what a test needs, valid unless a test breaks it on purpose.</summary>
public sealed class MapBuilder
{
    private readonly JourneyMap _map;

    public MapBuilder(string id = "map_test", string name = "Test journey")
    {
        _map = new JourneyMap { Id = id, Name = name };
    }

    /// <summary>A valid map that uses every lane kind, two personas and three steps in two stages.</summary>
    public static MapBuilder Sample() => new MapBuilder("map_sample", "Free trial to paid")
        .WithDescription("From the first visit to the first invoice.")
        .WithScope(s =>
        {
            s.Goal = "Find out whether the product saves me time";
            s.Channels.AddRange(["web", "email"]);
            s.KpiTargets.Add(new KpiTarget { Id = "kpi_conv", Name = "Trial to paid", Unit = "%", Baseline = 4.5m, Target = 7m, Due = new DateOnly(2026, 6, 30) });
            s.ReviewBy = new DateOnly(2026, 1, 15);
        })
        .WithPersona("per_ana", "Ana", p => p.JobRole = "Team lead")
        .WithPersona("per_ben", "Ben")
        .WithStage("stg_aware", "Awareness", "stp_ad", "stp_site")
        .WithStage("stg_trial", "Trial", "stp_signup")
        .WithLane("lan_do", LaneKind.Actions, "Does", c => c.Text = "Clicks the ad")
        .WithLane("lan_touch", LaneKind.Touchpoints, "Touchpoints", c => { c.Channels.Add("web"); c.Owner = "Marketing"; })
        .WithLane("lan_chan", LaneKind.Channels, "Channels", c => c.Channels.Add("custom:Billboard"))
        .WithLane("lan_think", LaneKind.Thoughts, "Thinks", c => c.Cards.Add(new Card { Id = "crd_1", Text = "Is it worth it?", Color = "yellow", Tags = ["price"] }))
        .WithLane("lan_feel", LaneKind.Feelings, "Feels", c => c.Text = "Curious")
        .WithLane("lan_curve", LaneKind.EmotionCurve, "Emotion", c => c.Emotions.Add(new EmotionPoint { Score = 1, Label = "hopeful" }))
        .WithLane("lan_pain", LaneKind.PainPoints, "Pain points", c => c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Card needed up front", Impact = PainImpact.Abandons }))
        .WithLane("lan_idea", LaneKind.Ideas, "Ideas", c => c.Ideas.Add(new Idea { Id = "idea_1", Text = "No card for trial", Votes = 3, Desirable = 5, Feasible = 4, Viable = 3, Effort = Level.Low, Impact = Level.High }))
        .WithLane("lan_mot", LaneKind.MomentsOfTruth, "Moments of truth", c => c.MomentOfTruth = new MomentOfTruth { Note = "First value" })
        .WithLane("lan_front", LaneKind.Frontstage, "Frontstage", c => c.Text = "Welcome email")
        .WithLane("lan_back", LaneKind.Backstage, "Backstage", c => c.Owner = "Billing")
        .WithLane("lan_support", LaneKind.SupportProcesses, "Support", c => c.Text = "CRM sync")
        .WithLane("lan_kpi", LaneKind.Kpis, "KPIs", c => c.Kpis.Add(new KpiCell { Metric = "Click-through", Target = 2.5m, Unit = "%" }))
        .WithLane("lan_q", LaneKind.Questions, "Questions", c => c.Text = "Why do they leave?")
        .WithLane("lan_img", LaneKind.Images, "Images", c => c.Image = new ImageRef { Url = "https://example.com/ad.png", Alt = "The ad" })
        .WithLane("lan_own", LaneKind.Owners, "Owners", c => c.Owner = "Growth team")
        .WithLane("lan_text", LaneKind.Text, "Notes", c => c.Text = "Seasonal")
        .WithLane("lan_data", LaneKind.Data, "Data", c => c.Text = "12% drop-off");

    public MapBuilder WithDescription(string description)
    {
        _map.Description = description;
        return this;
    }

    public MapBuilder WithKind(MapKind kind)
    {
        _map.Kind = kind;
        return this;
    }

    public MapBuilder WithScale(EmotionScale scale)
    {
        _map.EmotionScale = scale;
        return this;
    }

    public MapBuilder WithScope(Action<MapScope> configure)
    {
        configure(_map.Scope);
        return this;
    }

    public MapBuilder WithPersona(string id, string name, Action<Persona>? configure = null)
    {
        var persona = new Persona { Id = id, Name = name };
        configure?.Invoke(persona);
        _map.Personas.Add(persona);
        return this;
    }

    /// <summary>A stage with one step per id; each step is named after its id.</summary>
    public MapBuilder WithStage(string id, string name, params string[] stepIds)
    {
        var stage = new Stage { Id = id, Name = name };
        foreach (var stepId in stepIds)
        {
            stage.Steps.Add(new Step { Id = stepId, Name = "Step " + stepId });
        }

        _map.Stages.Add(stage);
        return this;
    }

    /// <summary>A lane; with <paramref name="firstCell"/> its cell at the map's first step is filled.</summary>
    public MapBuilder WithLane(string id, LaneKind kind, string title, Action<Cell>? firstCell = null, string? personaId = null)
    {
        var lane = new Lane { Id = id, Kind = kind, Title = title, PersonaId = personaId };
        _map.Lanes.Add(lane);
        if (firstCell is not null)
        {
            WithCell(id, _map.AllSteps().First().Id, firstCell);
        }

        return this;
    }

    public MapBuilder WithCell(string laneId, string stepId, Action<Cell> configure)
    {
        var lane = _map.Lanes.Single(l => l.Id == laneId);
        if (!lane.Cells.TryGetValue(stepId, out var cell))
        {
            cell = new Cell();
            lane.Cells[stepId] = cell;
        }

        configure(cell);
        return this;
    }

    public JourneyMap Build() => _map;
}
