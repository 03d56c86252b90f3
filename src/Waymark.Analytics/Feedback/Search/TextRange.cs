namespace Waymark.Analytics.Feedback.Search;

/// <summary>A run of a text in UTF-16 code units (as JavaScript strings count), for highlighting a match as text.</summary>
public readonly record struct TextRange(int Start, int Length);
