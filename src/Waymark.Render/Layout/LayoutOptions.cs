namespace Waymark.Render.Layout;

/// <summary>What to lay out: <c>PersonaId</c> keeps the lanes and curves of one persona, as the editor's filter does.</summary>
public readonly record struct LayoutOptions(string? PersonaId = null);
