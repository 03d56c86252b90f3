using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.Tests.Builders;

/// <summary>
/// Builds one valid map from a seed (the structure) and FsCheck-generated text and numbers (the content):
/// every lane kind may appear, cells only hold parts their lane allows, ids are unique, scores fit the scale.
/// </summary>
public sealed class RandomMapFactory
{
    private readonly Random _random;
    private readonly string[] _texts;
    private readonly decimal[] _numbers;
    private int _nextText;
    private int _nextNumber;
    private int _nextId;

    public RandomMapFactory(int seed, string[] texts, decimal[] numbers)
    {
        _random = new Random(seed);
        _texts = texts;
        _numbers = numbers;
    }

    public JourneyMap Build()
    {
        var map = new JourneyMap
        {
            Id = NewId("map"),
            Name = Name(),
            Description = Maybe(Text),
            Kind = Pick(Enum.GetValues<MapKind>()),
            BasedOnMapId = Maybe(() => NewId("map")),
            EmotionScale = Pick(Enum.GetValues<EmotionScale>()),
        };
        FillScope(map.Scope);
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            map.Personas.Add(Persona());
        }

        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            map.Stages.Add(Stage());
        }

        PickJourneyEnds(map);

        foreach (var kind in Enum.GetValues<LaneKind>().Where(_ => Chance(0.6)))
        {
            map.Lanes.Add(new RandomCellFactory(this, map).Lane(kind));
        }

        return map;
    }

    internal bool Chance(double probability) => _random.NextDouble() < probability;

    internal int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    internal T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    internal T? Maybe<T>(Func<T> make)
        where T : class => Chance(0.5) ? make() : null;

    internal string Text() => _texts[_nextText++ % _texts.Length];

    /// <summary>Names must hold something visible; the generated text around it can be anything.</summary>
    internal string Name() => "N" + Text();

    internal decimal Number() => _numbers[_nextNumber++ % _numbers.Length];

    internal string NewId(string prefix) => $"{prefix}_{_nextId++}";

    internal string Channel() => Chance(0.8) ? Pick(Channels.Known) : "custom:Label " + Text();

    internal DateOnly Date() => new DateOnly(2000, 1, 1).AddDays(_random.Next(0, 36_500));

    /// <summary>Entry and outcome are optional; when both are set the entry comes first in map order.</summary>
    private void PickJourneyEnds(JourneyMap map)
    {
        var steps = map.AllSteps().Select(s => s.Id).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        var entry = Next(0, steps.Count);
        map.EntryStepId = Chance(0.5) ? steps[entry] : null;
        if (entry + 1 < steps.Count && Chance(0.5))
        {
            map.OutcomeStepId = steps[Next(entry + 1, steps.Count)];
        }
    }

    private void FillScope(MapScope scope)
    {
        scope.Goal = Maybe(Text);
        scope.Scenario = Maybe(Text);
        scope.Segment = Maybe(Text);
        scope.Owner = Maybe(Text);
        scope.ReviewBy = Chance(0.5) ? Date() : null;
        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            scope.Channels.Add(Channel());
        }

        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            scope.KpiTargets.Add(new KpiTarget
            {
                Id = NewId("kpi"),
                Name = Name(),
                Unit = Maybe(Text),
                Baseline = Chance(0.5) ? Number() : null,
                Target = Chance(0.5) ? Number() : null,
                Due = Chance(0.5) ? Date() : null,
            });
        }

        scope.OwnerId = Chance(0.5) ? NewId("usr") : null;
        scope.ReviewEveryDays = Chance(0.5) ? Next(1, MapScope.MaxReviewEveryDays + 1) : null;
        scope.ReviewedOn = Chance(0.5) ? Date() : null;
        scope.ReviewedBy = Chance(0.5) ? "Ana <b>Ö</b> \"reviewer\"" : null;
    }

    private Persona Persona()
    {
        var persona = new Persona
        {
            Id = NewId("per"),
            Name = Name(),
            PhotoUrl = Chance(0.5) ? "https://example.com/p/" + _nextId + ".jpg" : null,
            Age = Maybe(Text),
            JobRole = Maybe(Text),
            FamilyStatus = Maybe(Text),
            Color = Chance(0.5) ? "#1a2B3c" : null,
            Quote = Maybe(Text),
        };
        Fill(persona.Goals.Professional);
        Fill(persona.Goals.Personal);
        Fill(persona.Needs);
        Fill(persona.PainPoints);
        Fill(persona.Motivations);
        Fill(persona.Behaviours);
        persona.Backstory.EntryPoint = Maybe(Text);
        persona.Backstory.Outcomes = Maybe(Text);
        if (Chance(0.5))
        {
            persona.Channels.Add(Channel());
        }

        return persona;
    }

    private Stage Stage()
    {
        var stage = new Stage { Id = NewId("stg"), Name = Name(), Description = Maybe(Text), Goal = Maybe(Text) };
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var step = new Step { Id = NewId("stp"), Name = Name(), Description = Maybe(Text) };
            if (Chance(0.3))
            {
                step.Binding = new StepBinding { Activities = [Name()] };
                if (Chance(0.5))
                {
                    step.Binding.Filter.Add(new PropertyFilter { Property = Name(), Value = Text() });
                }

                for (var k = Chance(0.5) ? _random.Next(1, 4) : 0; k > 0; k--)
                {
                    step.Binding.Keywords.Add(Name());
                }
            }

            stage.Steps.Add(step);
        }

        return stage;
    }

    private void Fill(List<string> list)
    {
        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            list.Add(Text());
        }
    }
}
