namespace Waymark.Render.Report;

/// <summary>An open comment thread: where it is pinned ("Map", a step's name, "lane · step") and its comments, oldest first.</summary>
public sealed record ReportThread(string Place, IReadOnlyList<ReportComment> Comments);
