namespace Waymark.Core.Maps;

/// <summary>
/// Evidence a pain point, idea or moment of truth cites: what it pointed at and a snapshot of what it said when it
/// was cited, so the citation still reads the same in a file, an export or a report after the data has moved on.
/// Only the fields of its kind are set (the validator reports the others):
/// quote — <see cref="FeedbackId"/>, the quoted <see cref="Text"/>, <see cref="Source"/> and <see cref="Date"/>;
/// finding — <see cref="FindingId"/>, <see cref="FindingKind"/>, its title as <see cref="Text"/>, <see cref="Detail"/>, <see cref="StepId"/>;
/// figure — <see cref="Metric"/>, <see cref="Value"/>, a label as <see cref="Text"/>, <see cref="StepId"/>, the period
/// <see cref="From"/>..<see cref="To"/> and the segment (<see cref="SegmentId"/>, <see cref="Segment"/>).
/// </summary>
public sealed class Citation
{
    public string Id { get; set; } = "";
    public CitationKind Kind { get; set; }
    public string Text { get; set; } = "";
    public string? FeedbackId { get; set; }
    public string? Source { get; set; }
    public DateOnly? Date { get; set; }
    public string? FindingId { get; set; }
    public string? FindingKind { get; set; }
    public string? Detail { get; set; }
    public string? Metric { get; set; }
    public decimal? Value { get; set; }

    /// <summary>The step the finding or figure is about; a plain id, not a reference, so it survives the step's removal.</summary>
    public string? StepId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? SegmentId { get; set; }

    /// <summary>The segment's name when the figure was cited.</summary>
    public string? Segment { get; set; }

    /// <summary>The day it was cited.</summary>
    public DateOnly? CitedOn { get; set; }
}
