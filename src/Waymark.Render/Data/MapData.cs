namespace Waymark.Render.Data;

/// <summary>
/// The measured figures drawn in the data strip under the step headers, as plain data: the server (or the CLI, from
/// the server's answers) computes them with the overlay's and the feedback's engines, so the renderer needs no
/// server. <c>Period</c> and <c>Segment</c> are the strip's caption ("1 Nov 2026 – 30 Nov 2026", "All customers").
/// A step missing from <c>Steps</c> reads "No figures".
/// </summary>
public sealed record MapData(string Period, string Segment, IReadOnlyDictionary<string, StepData> Steps);
