using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Writes a card's citations in the canonical property order (the kind's fields, then when it was cited).</summary>
internal static class CitationTreeWriter
{
    public static void WriteAll(DocNode node, List<Citation>? citations) =>
        TreeWrite.Objects(node, "citations", citations, Write);

    private static DocNode Write(Citation c)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", c.Id);
        TreeWrite.Enum<CitationKind>(node, "kind", c.Kind);
        TreeWrite.Text(node, "text", c.Text);
        TreeWrite.Text(node, "feedbackId", c.FeedbackId);
        TreeWrite.Text(node, "source", c.Source);
        TreeWrite.Date(node, "date", c.Date);
        TreeWrite.Text(node, "findingId", c.FindingId);
        TreeWrite.Text(node, "findingKind", c.FindingKind);
        TreeWrite.Text(node, "detail", c.Detail);
        TreeWrite.Text(node, "metric", c.Metric);
        TreeWrite.Decimal(node, "value", c.Value);
        TreeWrite.Text(node, "stepId", c.StepId);
        TreeWrite.Date(node, "from", c.From);
        TreeWrite.Date(node, "to", c.To);
        TreeWrite.Text(node, "segmentId", c.SegmentId);
        TreeWrite.Text(node, "segment", c.Segment);
        TreeWrite.Date(node, "citedOn", c.CitedOn);
        return node;
    }
}
