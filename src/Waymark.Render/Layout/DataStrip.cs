using Waymark.Render.Data;

namespace Waymark.Render.Layout;

/// <summary>
/// The data strip under the step headers, part of the header so every page repeats it: its height, the caption in
/// the corner (what was measured, over which period and segment) and each column's lines, in column order.
/// </summary>
public sealed record DataStrip(MapData Data, float Height, IReadOnlyList<DataLine> Caption, IReadOnlyList<IReadOnlyList<DataLine>> Columns);
