namespace Waymark.Render.Report;

/// <summary>A measured point of the emotion curve on the map's scale, and how many feedback texts it rests on.</summary>
public sealed record ReportCurvePoint(string StepId, double? Measured, int Texts);
