using Waymark.Core.Maps;

namespace Waymark.Core.Tests.Builders;

/// <summary>Random lanes for <see cref="RandomMapFactory"/>: cells at random steps, holding only allowed parts.</summary>
internal sealed class RandomCellFactory(RandomMapFactory r, JourneyMap map)
{
    public Lane Lane(LaneKind kind)
    {
        var lane = new Lane { Id = r.NewId("lan"), Kind = kind, Title = r.Name() };
        if (map.Personas.Count > 0 && r.Chance(0.3))
        {
            lane.PersonaId = r.Pick(map.Personas).Id;
        }

        foreach (var step in map.AllSteps().Where(_ => r.Chance(0.7)))
        {
            lane.Cells[step.Id] = Cell(LaneRules.AllowedParts(kind));
        }

        return lane;
    }

    private Cell Cell(CellPart allowed)
    {
        var cell = new Cell();
        while (cell.IsEmpty)
        {
            foreach (var part in Enum.GetValues<CellPart>().Where(p => p != CellPart.None && allowed.HasFlag(p)))
            {
                if (r.Chance(0.5))
                {
                    Fill(cell, part);
                }
            }
        }

        return cell;
    }

    private void Fill(Cell cell, CellPart part)
    {
        switch (part)
        {
            case CellPart.Text: cell.Text = r.Text(); break;
            case CellPart.Cards: cell.Cards.Add(Card()); break;
            case CellPart.Channels: cell.Channels.Add(r.Channel()); break;
            case CellPart.Emotions: AddEmotions(cell); break;
            case CellPart.PainPoints:
                cell.PainPoints.Add(new PainPoint
                {
                    Id = r.NewId("pain"),
                    Text = r.Text(),
                    Impact = r.Pick(Enum.GetValues<PainImpact>()),
                    LinkedTopic = r.Maybe(r.Name),
                    LinkedActivity = r.Maybe(r.Name),
                    Citations = Citations(),
                });
                break;
            case CellPart.Ideas: cell.Ideas.Add(Idea()); break;
            case CellPart.MomentOfTruth: cell.MomentOfTruth = new MomentOfTruth { Note = r.Maybe(r.Text), Citations = Citations() }; break;
            case CellPart.Kpis: cell.Kpis.Add(new KpiCell { Metric = r.Name(), Target = r.Chance(0.5) ? r.Number() : null, Unit = r.Maybe(r.Text) }); break;
            case CellPart.Image: cell.Image = new ImageRef { Url = "https://example.com/i/" + r.NewId("img") + ".png", Alt = r.Name() }; break;
            case CellPart.Owner: cell.Owner = r.Text(); break;
        }
    }

    private Card Card() => new()
    {
        Id = r.NewId("crd"),
        Text = r.Text(),
        Color = r.Chance(0.5) ? r.Pick(CardColors.All) : null,
        Tags = r.Chance(0.5) ? [r.Text()] : [],
    };

    private Idea Idea() => new()
    {
        Id = r.NewId("idea"),
        Text = r.Text(),
        Votes = r.Next(0, 1000),
        Desirable = r.Chance(0.5) ? r.Next(1, 6) : null,
        Feasible = r.Chance(0.5) ? r.Next(1, 6) : null,
        Viable = r.Chance(0.5) ? r.Next(1, 6) : null,
        Effort = r.Chance(0.5) ? r.Pick(Enum.GetValues<Level>()) : null,
        Impact = r.Chance(0.5) ? r.Pick(Enum.GetValues<Level>()) : null,
        Citations = Citations(),
    };

    /// <summary>None most of the time, else one to three of random kinds, each holding only its kind's fields.</summary>
    private List<Citation> Citations()
    {
        var list = new List<Citation>();
        var count = r.Chance(0.7) ? 0 : r.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var kind = r.Pick(Enum.GetValues<CitationKind>());
            var c = new Citation { Id = r.NewId("cit"), Kind = kind, Text = r.Name(), CitedOn = r.Chance(0.5) ? r.Date() : null };
            switch (kind)
            {
                case CitationKind.Quote:
                    (c.FeedbackId, c.Source, c.Date) = (r.NewId("fb"), r.Chance(0.5) ? "review" : null, r.Chance(0.5) ? r.Date() : null);
                    break;
                case CitationKind.Finding:
                    (c.FindingId, c.FindingKind, c.Detail, c.StepId) = (r.NewId("bottleneck"), "bottleneck", r.Maybe(r.Text), r.Pick(map.AllSteps().ToList()).Id);
                    break;
                default:
                    (c.Metric, c.Value, c.StepId) = ("conversion", r.Number(), r.Pick(map.AllSteps().ToList()).Id);
                    if (r.Chance(0.5))
                    {
                        (c.From, c.To, c.Segment) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "Teams");
                    }

                    break;
            }

            list.Add(c);
        }

        return list;
    }

    /// <summary>The main curve and at most one point per persona, each within the map's scale.</summary>
    private void AddEmotions(Cell cell)
    {
        var whose = new List<string?> { null };
        whose.AddRange(map.Personas.Select(p => p.Id));
        foreach (var personaId in whose.Where(_ => r.Chance(0.6)).DefaultIfEmpty(null))
        {
            var score = r.Next(map.EmotionScale.Min(), map.EmotionScale.Max() + 1);
            cell.Emotions.Add(new EmotionPoint { Score = score, Label = r.Maybe(r.Text), PersonaId = personaId });
        }
    }
}
