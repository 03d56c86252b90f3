namespace Waymark.Analytics.Import;

/// <summary>The kind of input. Auto picks by file extension (.csv .tsv .ndjson .jsonl .xes .seq, each optionally .gz).</summary>
public enum ImportFormat
{
    Auto,
    Csv,
    Ndjson,
    Xes,
    Sequence,
}
