using Waymark.Core.Diff;

namespace Waymark.Core.Tests.Diff;

/// <summary>Finds the one change a test expects, and says what there was instead when it is missing.</summary>
internal static class DiffAssert
{
    public static MapChange Single(MapDiff diff, string kind, string subject, string? part = null)
    {
        var found = diff.Changes.Where(c => c.Kind == kind && c.Subject == subject && (part is null || c.Part == part)).ToList();
        Assert.True(found.Count == 1, $"expected one {kind} {subject} {part}, found {found.Count} in:\n{Lines(diff)}");
        return found[0];
    }

    public static void Empty(MapDiff diff) => Assert.True(diff.IsEmpty, "expected no differences, found:\n" + Lines(diff));

    public static string Lines(MapDiff diff) => string.Join('\n', diff.Changes.Select(c => $"{c.Kind} {c.Subject} {c.Part}: {c.Summary}"));
}
