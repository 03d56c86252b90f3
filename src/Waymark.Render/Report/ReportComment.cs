namespace Waymark.Render.Report;

/// <summary>One comment of a thread: who wrote it, when (UTC) and its plain text.</summary>
public sealed record ReportComment(string Author, DateTime At, string Body);
