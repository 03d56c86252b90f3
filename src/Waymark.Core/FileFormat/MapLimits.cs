namespace Waymark.Core.FileFormat;

/// <summary>Hard limits on one map document; larger ones are refused with a clear problem.</summary>
public static class MapLimits
{
    public const int MaxDocumentBytes = 5 * 1024 * 1024;
    public const int MaxSteps = 2000;

    /// <summary>The longest text any one field may hold (names, notes, card text, ...), in UTF-16 characters.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// How deeply objects and lists may nest. The format itself needs 8 levels (lanes, cells, cards, tags);
    /// the margin keeps error messages useful while refusing nesting bombs early.
    /// </summary>
    public const int MaxNesting = 16;

    /// <summary>Keyword aliases one step binding may hold, and the length of each (feedback placement).</summary>
    public const int MaxKeywords = 20;

    public const int MaxKeywordLength = 100;

    /// <summary>The length of a pain point's linked topic or linked activity.</summary>
    public const int MaxLinkLength = 200;

    /// <summary>How many pieces of evidence one pain point, idea or moment of truth may cite.</summary>
    public const int MaxCitations = 50;
}
