using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>A card's citations: how many, each one's kind and the fields that kind may hold, and their lengths.</summary>
internal static class CitationChecks
{
    private static readonly CitationKind[] Quote = [CitationKind.Quote];
    private static readonly CitationKind[] Finding = [CitationKind.Finding];
    private static readonly CitationKind[] Figure = [CitationKind.Figure];

    // Which of the kind-specific properties each kind holds; any other that is set is reported.
    private static readonly (string Name, CitationKind[] Kinds, Func<Citation, bool> IsSet)[] Fields =
    [
        ("feedbackId", Quote, c => c.FeedbackId is not null),
        ("source", Quote, c => c.Source is not null),
        ("date", Quote, c => c.Date is not null),
        ("findingId", Finding, c => c.FindingId is not null),
        ("findingKind", Finding, c => c.FindingKind is not null),
        ("detail", Finding, c => c.Detail is not null),
        ("metric", Figure, c => c.Metric is not null),
        ("value", Figure, c => c.Value is not null),
        ("stepId", [CitationKind.Finding, CitationKind.Figure], c => c.StepId is not null),
        ("from", Figure, c => c.From is not null),
        ("to", Figure, c => c.To is not null),
        ("segmentId", Figure, c => c.SegmentId is not null),
        ("segment", Figure, c => c.Segment is not null),
    ];

    public static void Check(List<Citation>? citations, string ownerPath, string owner, ValidationContext v)
    {
        var path = DocPath.Property(ownerPath, "citations");
        if (citations is { Count: > MapLimits.MaxCitations })
        {
            var count = citations.Count.ToString(CultureInfo.InvariantCulture);
            var limit = MapLimits.MaxCitations.ToString(CultureInfo.InvariantCulture);
            v.Report(path, $"{owner} cites {count} pieces of evidence; the limit is {limit}");
        }

        foreach (var (citation, itemPath) in v.Each(path, citations))
        {
            CheckOne(citation, itemPath, v);
        }
    }

    private static void CheckOne(Citation c, string path, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), c.Id);
        v.Defined(DocPath.Property(path, "kind"), c.Kind);
        v.Name(DocPath.Property(path, "text"), c.Text, "text");
        ForeignFields(c, path, v);
        switch (c.Kind)
        {
            case CitationKind.Quote:
                Required(path, "feedbackId", c.FeedbackId, "a quote citation names its feedback item", v);
                v.Short(DocPath.Property(path, "source"), c.Source, MapLimits.MaxLinkLength, "source");
                break;
            case CitationKind.Finding:
                Required(path, "findingId", c.FindingId, "a finding citation names its finding", v);
                v.Short(DocPath.Property(path, "findingKind"), c.FindingKind, MapLimits.MaxLinkLength, "finding kind");
                v.Text(DocPath.Property(path, "detail"), c.Detail);
                break;
            case CitationKind.Figure:
                Required(path, "metric", c.Metric, "a figure citation names its metric", v);
                if (c.Value is null)
                {
                    v.Report(DocPath.Property(path, "value"), "a figure citation holds the value it cited; \"value\" is missing");
                }

                CheckFigureScope(c, path, v);
                break;
        }

        if (c.StepId is not null)
        {
            v.Id(DocPath.Property(path, "stepId"), c.StepId, unique: false);
        }
    }

    private static void CheckFigureScope(Citation c, string path, ValidationContext v)
    {
        if (c.From is { } from && c.To is { } to && to < from)
        {
            v.Report(DocPath.Property(path, "to"), $"the period ends ({NumberText.Of(to)}) before it starts ({NumberText.Of(from)})");
        }

        v.Short(DocPath.Property(path, "segmentId"), c.SegmentId, MapLimits.MaxLinkLength, "segment id");
        v.Short(DocPath.Property(path, "segment"), c.Segment, MapLimits.MaxLinkLength, "segment name");
    }

    private static void ForeignFields(Citation c, string path, ValidationContext v)
    {
        if (!EnumText<CitationKind>.IsDefined(c.Kind))
        {
            return;
        }

        var kind = EnumText<CitationKind>.ToText(c.Kind);
        var own = Fields.Where(f => f.Kinds.Contains(c.Kind)).Select(f => f.Name);
        var holds = string.Join(", ", ["id", "kind", "text", .. own, "citedOn"]);
        foreach (var field in Fields.Where(f => !f.Kinds.Contains(c.Kind) && f.IsSet(c)))
        {
            v.Report(DocPath.Property(path, field.Name), $"a {kind} citation cannot hold {field.Name}; it holds {holds}");
        }
    }

    private static void Required(string path, string name, string? value, string why, ValidationContext v)
    {
        if (value is null)
        {
            v.Report(DocPath.Property(path, name), $"{why}; \"{name}\" is missing");
            return;
        }

        v.Short(DocPath.Property(path, name), value, MapLimits.MaxLinkLength, name);
    }
}
