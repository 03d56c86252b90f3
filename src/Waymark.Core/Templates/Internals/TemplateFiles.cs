using System.Reflection;
using System.Text;
using Waymark.Core.FileFormat;

namespace Waymark.Core.Templates.Internals;

/// <summary>
/// Reads the built-in templates: the <c>Templates/&lt;id&gt;.waymark.yaml</c> files embedded in this assembly.
/// A file that does not read cleanly is a bug in the build, so it throws with the file's name and every problem.
/// </summary>
internal static class TemplateFiles
{
    private const string Prefix = "Waymark.Core.Templates.";
    private const string Suffix = ".waymark.yaml";

    /// <summary>Every embedded template, by header order and then id.</summary>
    public static IReadOnlyList<TemplateFile> ReadAll()
    {
        var assembly = typeof(TemplateFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(name => Read(name[Prefix.Length..^Suffix.Length], Resource(assembly, name)))
            .OrderBy(file => file.Header.Order)
            .ThenBy(file => file.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Reads one template file; <paramref name="id"/> is its name without ".waymark.yaml".</summary>
    public static TemplateFile Read(string id, byte[] utf8)
    {
        // A byte order mark is allowed in map files, so it is allowed before the header too.
        var text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        TemplateHeader header;
        int length;
        try
        {
            header = TemplateHeader.Parse(text, out length);
        }
        catch (FormatException ex)
        {
            throw Broken(id, ex.Message);
        }

        var read = MapSerializer.Read(utf8, MapFormat.Yaml);
        if (!read.Succeeded)
        {
            throw Broken(id, string.Join("; ", read.Problems));
        }

        return new TemplateFile(id, header, text[length..], read.Map!);
    }

    private static byte[] Resource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static InvalidOperationException Broken(string id, string why) =>
        new($"Built-in template {id}{Suffix} cannot be read: {why}");
}
