using Waymark.Core.Maps;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>
/// The built-in templates, in the order the template picker shows them. Each is a file,
/// <c>Templates/&lt;id&gt;.waymark.yaml</c>, embedded in this assembly and read once; adding a template is adding a file.
/// </summary>
public static class TemplateLibrary
{
    public static IReadOnlyList<MapTemplate> All { get; } = TemplateFiles.ReadAll().Select(Template).ToArray();

    public static MapTemplate? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    // The map read from the file stays private; every Create gets its own deep copy with the file's ids.
    private static MapTemplate Template(TemplateFile file) =>
        new(file.Id, file.Map.Name, file.Header.Summary, file.Map.Kind, () => MapCopier.Copy(file.Map, newIds: false));
}
