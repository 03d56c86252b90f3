namespace Waymark.Core.Maps;

/// <summary>Deep copies of lanes and cells for <see cref="MapCopier"/>.</summary>
internal static class CellCopier
{
    public static Lane CopyLane(Lane lane, IdRenamer ids)
    {
        var copy = new Lane
        {
            Id = ids.Fresh("lan", lane.Id),
            Kind = lane.Kind,
            Title = lane.Title,
            PersonaId = ids.PersonaRef(lane.PersonaId),
        };
        foreach (var (key, cell) in lane.Cells ?? [])
        {
            if (cell is not null)
            {
                copy.Cells[ids.StepRef(key)] = CopyCell(cell, ids);
            }
        }

        return copy;
    }

    private static Cell CopyCell(Cell cell, IdRenamer ids) => new()
    {
        Text = cell.Text,
        Cards = MapCopier.CopyAll(cell.Cards, c => new Card
        {
            Id = ids.Fresh("crd", c.Id),
            Text = c.Text,
            Color = c.Color,
            Tags = [.. c.Tags ?? []],
        }),
        Channels = [.. cell.Channels ?? []],
        Emotions = MapCopier.CopyAll(cell.Emotions, e => new EmotionPoint
        {
            Score = e.Score,
            Label = e.Label,
            PersonaId = ids.PersonaRef(e.PersonaId),
        }),
        PainPoints = MapCopier.CopyAll(cell.PainPoints, p => new PainPoint
        {
            Id = ids.Fresh("pain", p.Id),
            Text = p.Text,
            Impact = p.Impact,
            LinkedTopic = p.LinkedTopic,
            LinkedActivity = p.LinkedActivity,
            Citations = CopyCitations(p.Citations, ids),
        }),
        Ideas = MapCopier.CopyAll(cell.Ideas, i => new Idea
        {
            Id = ids.Fresh("idea", i.Id),
            Text = i.Text,
            Votes = i.Votes,
            Desirable = i.Desirable,
            Feasible = i.Feasible,
            Viable = i.Viable,
            Effort = i.Effort,
            Impact = i.Impact,
            Citations = CopyCitations(i.Citations, ids),
        }),
        MomentOfTruth = cell.MomentOfTruth is null ? null : new MomentOfTruth
        {
            Note = cell.MomentOfTruth.Note,
            Citations = CopyCitations(cell.MomentOfTruth.Citations, ids),
        },
        Kpis = MapCopier.CopyAll(cell.Kpis, k => new KpiCell { Metric = k.Metric, Target = k.Target, Unit = k.Unit }),
        Image = cell.Image is null ? null : new ImageRef { Url = cell.Image.Url, Alt = cell.Image.Alt },
        Owner = cell.Owner,
    };

    private static List<Citation> CopyCitations(List<Citation>? citations, IdRenamer ids) =>
        MapCopier.CopyAll(citations, c => new Citation
        {
            Id = ids.Fresh("cit", c.Id),
            Kind = c.Kind,
            Text = c.Text,
            FeedbackId = c.FeedbackId,
            Source = c.Source,
            Date = c.Date,
            FindingId = c.FindingId,
            FindingKind = c.FindingKind,
            Detail = c.Detail,
            Metric = c.Metric,
            Value = c.Value,
            StepId = c.StepId is null ? null : ids.StepRef(c.StepId),
            From = c.From,
            To = c.To,
            SegmentId = c.SegmentId,
            Segment = c.Segment,
            CitedOn = c.CitedOn,
        });
}
