using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Render.Report;

/// <summary>
/// The sections that set the designed journey against the measured one: the emotion curves, the funnel and where it
/// hurts. Figures come as the server computed them for the overlay and insights views (a figure means one thing
/// everywhere); without data each section says so and shows what the map itself holds.
/// </summary>
internal static class DataSections
{
    public static List<Block> Curve(ReportInput input, StepNames steps)
    {
        var designed = DesignedCurve(input.Map, input.PersonaId);
        var measured = input.Data?.MeasuredCurve.Where(p => p.Measured is not null).ToDictionary(p => p.StepId, StringComparer.Ordinal)
            ?? new Dictionary<string, ReportCurvePoint>(StringComparer.Ordinal);
        var blocks = new List<Block>();
        if (input.Data is null)
        {
            blocks.Add(new Paragraph(input.DataNote, Note: true));
        }
        else if (measured.Count == 0)
        {
            blocks.Add(new Paragraph("No feedback text is placed on this map's steps for " + input.Data.Period + ", so there is no measured curve.", Note: true));
        }

        if (designed.Count == 0 && measured.Count == 0)
        {
            blocks.Add(new Paragraph("The map has no designed emotion curve yet.", Note: true));
            return blocks;
        }

        var scale = input.Map.EmotionScale;
        blocks.Add(new CurveChart([.. steps.Ids.Select(steps.Name)], scale.Min(), scale.Max(),
            [.. steps.Ids.Select(id => designed.TryGetValue(id, out var d) ? (double?)d : null)],
            [.. steps.Ids.Select(id => measured.TryGetValue(id, out var m) ? m.Measured : null)]));
        blocks.Add(new Table("curve", ["Step", "Designed", "Measured", "Feedback texts"],
            [.. steps.Ids.Where(id => designed.ContainsKey(id) || measured.ContainsKey(id)).Select(id => (IReadOnlyList<string>)[
                steps.Numbered(id), designed.TryGetValue(id, out var d) ? d.ToString(CultureInfo.InvariantCulture) : "–",
                measured.TryGetValue(id, out var m) ? Figures.Score(m.Measured) : "–",
                measured.TryGetValue(id, out var t) ? t.Texts.ToString(CultureInfo.InvariantCulture) : "0"])],
            [0.46f, 0.18f, 0.18f, 0.18f], NumericFrom: 1));
        return blocks;
    }

    public static List<Block> Funnel(ReportInput input, StepNames steps)
    {
        if (input.Data is not { } data)
        {
            return [new Paragraph(input.DataNote, Note: true)];
        }

        if (data.Funnel.Count == 0)
        {
            return [new Paragraph("No step between the entry and the outcome is bound to customer events.", Note: true)];
        }

        var blocks = new List<Block>
        {
            new Facts([("Period", data.Period), ("Entered", Figures.Count(data.Entrants) + " customers at the entry step"),
                ("Reached the outcome", Figures.Count(data.OutcomeCustomers) + " (" + Figures.Share(data.OutcomeConversion) + " of those who entered)")]),
            new FunnelChart([.. data.Funnel.Select(f => (steps.Numbered(f.StepId), f.Customers,
                Figures.Count(f.Customers) + " · " + Figures.Share(f.ShareOfEntrants)))]),
        };
        blocks.Add(new Table("funnel", ["Step", "Customers", "Of entrants", "On to next", "Dropped", "Median wait"],
            [.. data.Funnel.Select(f => (IReadOnlyList<string>)[steps.Numbered(f.StepId), Figures.Count(f.Customers), Figures.Share(f.ShareOfEntrants),
                Figures.Share(f.ConversionToNext), f.DropOff is { } d ? Figures.Count(d) + " (" + Figures.Share(f.DropOffRate) + ")" : "–",
                Figures.Duration(f.MedianFromPrevious)])],
            [0.32f, 0.13f, 0.13f, 0.13f, 0.15f, 0.14f], NumericFrom: 1)
        {
            Data = [.. data.Funnel.Select(f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["step"] = f.StepId, ["customers"] = f.Customers.ToString(CultureInfo.InvariantCulture),
                ["drop-off"] = f.DropOff?.ToString(CultureInfo.InvariantCulture) ?? "",
            })],
        });
        return blocks;
    }

    public static List<Block> Hurts(ReportInput input, StepNames steps)
    {
        var blocks = new List<Block>();
        if (input.Data is { } data)
        {
            blocks.AddRange(Findings(data, steps));
        }
        else
        {
            blocks.Add(new Paragraph(input.DataNote + " The ranking below is the map's own: its pain points by how badly they hurt, and its moments of truth.", Note: true));
        }

        blocks.AddRange(Designed(input.Map, steps));
        blocks.AddRange(CitedEvidence.Blocks(input.Map, steps));
        return blocks;
    }

    private static IEnumerable<Block> Findings(ReportData data, StepNames steps)
    {
        if (data.Findings.Count == 0)
        {
            yield return new Paragraph("Nothing stands out for " + data.Period + ": no bottleneck, moment of truth or pain point was found in the data.", Note: true);
            yield break;
        }

        foreach (var group in data.Findings.GroupBy(f => f.Kind, StringComparer.Ordinal))
        {
            yield return new SubHeading(KindTitle(group.Key));
            var rank = 0;
            foreach (var finding in group.Take(5))
            {
                rank++;
                var place = finding.StepId is null ? "" : " (" + steps.Numbered(finding.StepId) + ")";
                yield return new Paragraph(rank.ToString(CultureInfo.InvariantCulture) + ". " + finding.Title + place, Strong: true);
                yield return new Paragraph(finding.Detail + " Customers affected: " + Figures.Count(finding.CustomersAffected)
                    + (finding.OutcomesLost is { } lost ? "; outcomes lost: " + Figures.Count(lost) + "." : "."));
                foreach (var quote in finding.Quotes.Take(2))
                {
                    yield return new Quote(quote.Text, quote.Source);
                }
            }
        }
    }

    private static IEnumerable<Block> Designed(JourneyMap map, StepNames steps)
    {
        var pains = map.Lanes.SelectMany(l => steps.InOrder(l.Cells)).SelectMany(c => c.Cell.PainPoints.Select(p => (c.StepId, p)))
            .OrderByDescending(x => x.p.Impact).ToList();
        yield return new SubHeading("Pain points on the map, worst first");
        yield return pains.Count == 0 ? new Paragraph("The map names no pain points.", Note: true)
            : new Table("pain-points", ["Impact", "Pain point", "Step"],
                [.. pains.Select(x => (IReadOnlyList<string>)[Impact(x.p.Impact), x.p.Text, steps.Numbered(x.StepId)])], [0.2f, 0.5f, 0.3f]);
        var truths = map.Lanes.SelectMany(l => steps.InOrder(l.Cells)).Where(c => c.Cell.MomentOfTruth is not null).ToList();
        if (truths.Count > 0)
        {
            yield return new SubHeading("Moments of truth on the map");
            yield return new Table("moments-of-truth", ["Step", "Why it matters"],
                [.. truths.Select(c => (IReadOnlyList<string>)[steps.Numbered(c.StepId), c.Cell.MomentOfTruth!.Note ?? ""])], [0.35f, 0.65f]);
        }
    }

    private static Dictionary<string, int> DesignedCurve(JourneyMap map, string? personaId)
    {
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lane in map.Lanes.Where(l => l.Kind == LaneKind.EmotionCurve))
        {
            foreach (var (stepId, cell) in lane.Cells)
            {
                var point = cell.Emotions.FirstOrDefault(e => e.PersonaId == personaId) ?? cell.Emotions.FirstOrDefault(e => e.PersonaId is null);
                if (point is not null)
                {
                    points.TryAdd(stepId, point.Score);
                }
            }
        }

        return points;
    }

    private static string KindTitle(string kind) => kind switch
    {
        "bottleneck" => "Bottlenecks",
        "momentOfTruth" => "Moments of truth",
        "painPoint" => "Pain points by outcomes lost",
        "pattern" => "Patterns in the measured curve",
        "mismatch" => "Where the designed curve is wrong",
        _ => kind,
    };

    private static string Impact(PainImpact impact) => impact switch
    {
        PainImpact.Abandons => "Makes them give up",
        PainImpact.NeedsWorkaround => "Needs a workaround",
        _ => "A nuisance",
    };
}
