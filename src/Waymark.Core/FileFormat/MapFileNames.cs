using System.Text;

namespace Waymark.Core.FileFormat;

/// <summary>Safe file names from map names: a slug can never climb out of its folder.</summary>
public static class MapFileNames
{
    private const int MaxSlugLength = 60;

    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SlugOf(name);
    }

    /// <summary>"saas-trial.waymark.json" for a map named "SaaS trial".</summary>
    public static string For(string mapName, MapFormat format) =>
        Slug(mapName) + (format == MapFormat.Json ? ".waymark.json" : ".waymark.yaml");

    private static string SlugOf(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "map" : text;
    }
}
