using Waymark.Render.Data;

namespace Waymark.Render.Layout;

/// <summary>
/// What to lay out: <c>PersonaId</c> keeps the lanes and curves of one persona, as the editor's filter does;
/// <c>Data</c>, when given, adds the data strip of measured figures under the step headers.
/// </summary>
public readonly record struct LayoutOptions(string? PersonaId = null, MapData? Data = null);
