using System.Globalization;
using System.Text;

namespace Waymark.Core.Diff;

/// <summary>A diff as plain text: a heading line, then one line per change (the same lines the web list shows).</summary>
public static class MapDiffText
{
    public static string Write(MapDiff diff, string beforeName, string afterName)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        var matching = diff.Matching == DiffMatching.Ids ? "by id" : "by name and position";
        text.Append(CultureInfo.InvariantCulture, $"Comparing {beforeName} → {afterName} (parts matched {matching})").AppendLine();
        if (diff.IsEmpty)
        {
            text.AppendLine("No differences.");
            return text.ToString();
        }

        foreach (var change in diff.Changes)
        {
            text.Append(Mark(change.Kind)).Append(' ').AppendLine(change.Summary);
        }

        var count = diff.Changes.Count;
        text.Append(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "difference" : "differences")}").AppendLine();
        return text.ToString();
    }

    /// <summary>The sign in front of a line, as in a text diff: + added, - removed, ~ changed or moved or renamed.</summary>
    public static char Mark(string kind) => kind switch
    {
        ChangeKinds.Added => '+',
        ChangeKinds.Removed => '-',
        _ => '~',
    };
}
