using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Reads a card's citations. Every property is read whatever the kind; which belong to which kind is the validator's concern.</summary>
internal static class CitationTreeReader
{
    // An unknown or missing kind is reported here; out of range, it keeps the validator from also asking for the
    // fields of a kind the author never meant.
    private const CitationKind Unknown = (CitationKind)(-1);

    public static List<Citation> ReadAll(ObjectReader o, ReadContext context) =>
        o.List("citations", (item, path) => Read(item, path, context));

    private static Citation? Read(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new Citation
        {
            Id = o.RequiredText("id"),
            Kind = RequiredKind(o),
            Text = o.RequiredText("text"),
            FeedbackId = o.Text("feedbackId"),
            Source = o.Text("source"),
            Date = o.Date("date"),
            FindingId = o.Text("findingId"),
            FindingKind = o.Text("findingKind"),
            Detail = o.Text("detail"),
            Metric = o.Text("metric"),
            Value = o.Decimal("value"),
            StepId = o.Text("stepId"),
            From = o.Date("from"),
            To = o.Date("to"),
            SegmentId = o.Text("segmentId"),
            Segment = o.Text("segment"),
            CitedOn = o.Date("citedOn"),
        });

    private static CitationKind RequiredKind(ObjectReader o)
    {
        if (o.Node("kind") is null)
        {
            var allowed = string.Join(", ", EnumText<CitationKind>.Allowed);
            o.Context.Report(o.PathOf("kind"), $"required property \"kind\" is missing; allowed: {allowed}", 0);
            return Unknown;
        }

        return o.Enum<CitationKind>("kind") ?? Unknown;
    }
}
