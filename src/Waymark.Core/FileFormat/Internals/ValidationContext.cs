using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Collects validation problems and the ids seen so far (ids are unique across the whole document).</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, string> _idPaths = new(StringComparer.Ordinal);

    public List<MapProblem> Problems { get; } = [];

    public void Report(string path, string message) => Problems.Add(new MapProblem(path, message));

    /// <summary>Checks an id's syntax and, when <paramref name="unique"/>, that no other element uses it.</summary>
    public void Id(string path, string? id, bool unique = true)
    {
        if (string.IsNullOrEmpty(id))
        {
            Report(path, "id is required");
            return;
        }

        if (!Ids.IsValid(id))
        {
            Report(path, $"\"{Shorten(id)}\" is not a valid id (1 to {Ids.MaxLength} letters, digits, '-' or '_')");
            return;
        }

        if (unique && !_idPaths.TryAdd(id, path))
        {
            Report(path, $"duplicate id \"{id}\"; also used at {_idPaths[id]}");
        }
    }

    public void Name(string path, string? value, string what = "name")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(path, $"{what} is required");
            return;
        }

        Text(path, value);
    }

    public void Text(string path, string? value)
    {
        if (value is not null && value.Length > MapLimits.MaxTextLength)
        {
            var length = value.Length.ToString("N0", CultureInfo.InvariantCulture);
            var limit = MapLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture);
            Report(path, $"text is {length} characters long; the limit is {limit}");
        }
    }

    /// <summary>A short piece of text that, when present, must hold a non-blank value of at most <paramref name="limit"/> characters.</summary>
    public void Short(string path, string? value, int limit, string what)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Report(path, $"{what} must not be empty");
        }
        else if (value.Length > limit)
        {
            var length = value.Length.ToString("N0", CultureInfo.InvariantCulture);
            Report(path, $"{what} is {length} characters long; the limit is {limit.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    public void Texts(string path, List<string>? values)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is null)
            {
                Report(DocPath.Index(path, i), "text is missing (null)");
            }

            Text(DocPath.Index(path, i), values[i]);
        }
    }

    public void Channels(string path, List<string>? channels)
    {
        for (var i = 0; i < (channels?.Count ?? 0); i++)
        {
            var channel = channels![i];
            if (channel is null || !Maps.Channels.IsValid(channel))
            {
                var known = string.Join(", ", Maps.Channels.Known);
                Report(DocPath.Index(path, i), $"unknown channel \"{channel}\"; use one of {known}, or \"custom:Label\"");
            }
            else
            {
                Text(DocPath.Index(path, i), channel);
            }
        }
    }

    /// <summary>Links must be absolute http(s): anything else (javascript:, data:, file:) could run or leak in a browser.</summary>
    public void WebUrl(string path, string? url, string what)
    {
        var ok = url is not null &&
            (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) &&
            (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        if (!ok)
        {
            Report(path, $"{what} must be an absolute http or https URL");
        }

        Text(path, url);
    }

    /// <summary>A web address, or an image stored in the workspace ("image:" and its 64-hex id).</summary>
    public void ImageUrl(string path, string? url, string what)
    {
        if (StoredImage.IdOf(url) is null)
        {
            WebUrl(path, url, what);
        }
    }

    /// <summary>Alt text: empty marks a decorative image (as in HTML); otherwise it must say something.</summary>
    public void Alt(string path, string? alt)
    {
        if (alt is { Length: > 0 } && string.IsNullOrWhiteSpace(alt))
        {
            Report(path, "alt text is blank: describe the image for people who cannot see it, or leave it empty if it is decorative");
        }

        Text(path, alt);
    }

    public void Defined<T>(string path, T value)
        where T : struct, Enum
    {
        if (!EnumText<T>.IsDefined(value))
        {
            Report(path, $"unknown value {EnumText<T>.ToText(value)}; allowed: {string.Join(", ", EnumText<T>.Allowed)}");
        }
    }

    /// <summary>Null elements can only come from code, never from a file; they are reported and skipped.</summary>
    public IEnumerable<(T Item, string Path)> Each<T>(string path, List<T>? items)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var itemPath = DocPath.Index(path, i);
            if (items![i] is null)
            {
                Report(itemPath, "element is missing (null)");
                continue;
            }

            yield return (items[i], itemPath);
        }
    }

    private static string Shorten(string id) => id.Length > 80 ? string.Concat(id.AsSpan(0, 80), "...") : id;
}
