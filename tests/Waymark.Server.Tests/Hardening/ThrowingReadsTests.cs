using System.Text.RegularExpressions;
using Waymark.Testing;

namespace Waymark.Server.Tests.Hardening;

/// <summary>
/// The server never reads with First, Single or Last (sync or async): a row checked a moment before can be gone by the
/// read (a workspace, source or webhook deleted by another request), and those throw, which answers 500. Reads use
/// the OrDefault forms and answer 404 (or the empty case) when the row is gone. Five such reads answered 500 in races
/// (an API key, an invitation and its acceptance, a source's rename, a webhook's test and replay).
/// </summary>
public sealed partial class ThrowingReadsTests
{
    [Fact]
    public void ServerSource_NoReadThatThrowsWhenTheRowIsGone()
    {
        var folder = RepoPaths.Combine("src", "Waymark.Server");
        var found = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepoPaths.Root, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Throwing().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(Directory.Exists(folder), folder);
        Assert.True(found.Count == 0, "Reads that throw when the row is gone (use the OrDefault form and answer 404):\n" + string.Join("\n", found));
    }

    [GeneratedRegex(@"\.(First|Single|Last)(Async)?\(")]
    private static partial Regex Throwing();
}
