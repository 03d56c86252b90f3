using SkiaSharp;

namespace Waymark.Render.Text;

/// <summary>
/// The typefaces an export draws with, loaded from files on disk (Debian's fonts-dejavu-core for Latin, Greek,
/// Cyrillic, Arabic and Hebrew; fonts-droid-fallback for Chinese, Japanese and Korean; fonts-noto-color-emoji for
/// emoji), never from the system's font matching, so every machine draws the same and PDFs embed what was drawn.
/// WAYMARK_FONT_DIR adds a folder searched first. A missing fallback only loses the scripts it covers.
/// </summary>
public sealed class FontSet
{
    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype",
    ];

    private readonly SKFont[] _probes;
    private readonly List<(SKTypeface Face, string Path)> _files = [];

    private static readonly Lazy<FontSet> Shared = new(() => new FontSet(FolderList()));

    private FontSet(IReadOnlyList<string> folders)
    {
        Regular = Load(folders, "DejaVuSans.ttf") ?? throw new FontsMissingException(
            "DejaVuSans.ttf was not found under " + string.Join(", ", folders) + " (install fonts-dejavu-core)");
        Bold = Load(folders, "DejaVuSans-Bold.ttf") ?? Regular;
        var fallbacks = new List<SKTypeface>();
        foreach (var name in (string[])["DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "NotoColorEmoji.ttf"])
        {
            if (Load(folders, name) is { } face)
            {
                fallbacks.Add(face);
            }
        }

        Fallbacks = fallbacks;
        _probes = [new SKFont(Regular), new SKFont(Bold), .. fallbacks.Select(f => new SKFont(f))];
    }

    /// <summary>The fonts of this machine, loaded once per process.</summary>
    public static FontSet Default => Shared.Value;

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Each face loaded and the file it came from (the SVG embeds the files of the faces it uses).</summary>
    public IReadOnlyList<(SKTypeface Face, string Path)> Files => _files;

    /// <summary>Tried in order for a character the main face lacks.</summary>
    public IReadOnlyList<SKTypeface> Fallbacks { get; }

    /// <summary>The face that draws this character: the main one when it has it, else the first fallback that does.</summary>
    public SKTypeface FaceFor(int codepoint, bool bold)
    {
        var main = bold ? Bold : Regular;
        if (codepoint < 0x250 || _probes[bold ? 1 : 0].ContainsGlyph(codepoint))
        {
            return main;
        }

        for (var i = 0; i < Fallbacks.Count; i++)
        {
            if (_probes[i + 2].ContainsGlyph(codepoint))
            {
                return Fallbacks[i];
            }
        }

        return main;
    }

    private static List<string> FolderList()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("WAYMARK_FONT_DIR") is { Length: > 0 } custom)
        {
            folders.Add(custom);
        }

        folders.AddRange(Folders);
        return folders;
    }

    private SKTypeface? Load(IReadOnlyList<string> folders, string file)
    {
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } face)
            {
                _files.Add((face, path));
                return face;
            }
        }

        return null;
    }
}
