using System.Text;
using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Support;

/// <summary>Imports text given inline, as a file would be.</summary>
public static class InlineText
{
    public static ImportResult Import(string text, ImportFormat format = ImportFormat.Csv, ImportOptions options = default) =>
        EventImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), format, options);

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";
}
