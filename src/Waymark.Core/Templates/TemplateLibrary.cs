namespace Waymark.Core.Templates;

// PLACEHOLDER — the templates work fills the list (branch templates).
public static class TemplateLibrary
{
    public static IReadOnlyList<MapTemplate> All { get; } = [];

    public static MapTemplate? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
