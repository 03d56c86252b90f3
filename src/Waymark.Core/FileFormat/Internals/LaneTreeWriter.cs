using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Lanes and their cells. Cells follow the map's step order and are compact: one line per cell.</summary>
internal static class LaneTreeWriter
{
    public static DocNode Write(Lane lane, JourneyMap map)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", lane.Id);
        TreeWrite.Enum<LaneKind>(node, "kind", lane.Kind);
        TreeWrite.Text(node, "title", lane.Title);
        TreeWrite.Text(node, "personaId", lane.PersonaId);
        if (lane.Cells is not null)
        {
            TreeWrite.NonEmpty(node, "cells", Cells(lane.Cells, map));
        }

        return node;
    }

    private static DocNode Cells(Dictionary<string, Cell> cells, JourneyMap map)
    {
        var node = DocNode.Object();
        foreach (var key in CellOrder.Keys(cells, map))
        {
            var cell = cells[key];
            if (cell is not null && !cell.IsEmpty)
            {
                node.Add(key, Cell(cell));
            }
        }

        return node;
    }

    private static DocNode Cell(Cell cell)
    {
        var node = DocNode.Object(compact: true);
        TreeWrite.Text(node, "text", cell.Text);
        TreeWrite.Objects(node, "cards", cell.Cards, Card);
        TreeWrite.Texts(node, "channels", cell.Channels);
        TreeWrite.Objects(node, "emotions", cell.Emotions, Emotion);
        TreeWrite.Objects(node, "painPoints", cell.PainPoints, PainPoint);
        TreeWrite.Objects(node, "ideas", cell.Ideas, Idea);
        TreeWrite.Optional(node, "momentOfTruth", cell.MomentOfTruth, moment =>
        {
            var item = DocNode.Object();
            TreeWrite.Text(item, "note", moment.Note);
            CitationTreeWriter.WriteAll(item, moment.Citations);
            return item;
        });
        TreeWrite.Objects(node, "kpis", cell.Kpis, Kpi);
        TreeWrite.Optional(node, "image", cell.Image, Image);
        TreeWrite.Text(node, "owner", cell.Owner);
        return node;
    }

    private static DocNode Card(Card card)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", card.Id);
        TreeWrite.Text(node, "text", card.Text);
        TreeWrite.Text(node, "color", card.Color);
        TreeWrite.Texts(node, "tags", card.Tags);
        return node;
    }

    private static DocNode Emotion(EmotionPoint point)
    {
        var node = DocNode.Object();
        TreeWrite.Int(node, "score", point.Score);
        TreeWrite.Text(node, "label", point.Label);
        TreeWrite.Text(node, "personaId", point.PersonaId);
        return node;
    }

    private static DocNode PainPoint(PainPoint pain)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", pain.Id);
        TreeWrite.Text(node, "text", pain.Text);
        TreeWrite.Enum<PainImpact>(node, "impact", pain.Impact);
        TreeWrite.Text(node, "linkedTopic", pain.LinkedTopic);
        TreeWrite.Text(node, "linkedActivity", pain.LinkedActivity);
        CitationTreeWriter.WriteAll(node, pain.Citations);
        return node;
    }

    private static DocNode Idea(Idea idea)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", idea.Id);
        TreeWrite.Text(node, "text", idea.Text);
        TreeWrite.Int(node, "votes", idea.Votes);
        TreeWrite.Int(node, "desirable", idea.Desirable);
        TreeWrite.Int(node, "feasible", idea.Feasible);
        TreeWrite.Int(node, "viable", idea.Viable);
        TreeWrite.Enum(node, "effort", idea.Effort);
        TreeWrite.Enum(node, "impact", idea.Impact);
        CitationTreeWriter.WriteAll(node, idea.Citations);
        return node;
    }

    private static DocNode Kpi(KpiCell kpi)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "metric", kpi.Metric);
        TreeWrite.Decimal(node, "target", kpi.Target);
        TreeWrite.Text(node, "unit", kpi.Unit);
        return node;
    }

    private static DocNode Image(ImageRef image)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "url", image.Url);
        TreeWrite.Text(node, "alt", image.Alt);
        return node;
    }
}
