using System.Text;

namespace Waymark.Cli;

/// <summary>Safe file names from map names: a slug can never climb out of its folder.</summary>
internal static class FileNames
{
    private const int MaxSlugLength = 60;

    public static string Slug(string name)
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
