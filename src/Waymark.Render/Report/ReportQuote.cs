namespace Waymark.Render.Report;

/// <summary>A customer's words as evidence, with where they came from ("review", "nps 3").</summary>
public sealed record ReportQuote(string Text, string Source);
