using Waymark.Core.Maps;

namespace Waymark.Core.Diff.Internals;

/// <summary>
/// The lists inside a cell: cards, pain points and ideas pair by id (versions of one map) or by text (other
/// maps); KPIs pair by metric. Each item added, removed or changed is one change.
/// </summary>
internal static class ItemsDiffer
{
    public static void Cards(bool byIds, ChangeList changes, List<Card> was, List<Card> now, CellAt at) =>
        Items(byIds, changes, was, now, at, new("cards", "card", c => c.Id, c => c.Text, c => c.Text));

    public static void PainPoints(bool byIds, ChangeList changes, List<PainPoint> was, List<PainPoint> now, CellAt at) =>
        Items(byIds, changes, was, now, at, new("painPoints", "pain point", p => p.Id, p => p.Text,
            p => $"{p.Text} (impact: {DiffText.Name(p.Impact)})"));

    public static void Ideas(bool byIds, ChangeList changes, List<Idea> was, List<Idea> now, CellAt at) =>
        Items(byIds, changes, was, now, at, new("ideas", "idea", i => i.Id, i => i.Text,
            i => i.Votes == 0 ? i.Text : $"{i.Text} ({i.Votes.ToString(System.Globalization.CultureInfo.InvariantCulture)} votes)"));

    public static void Kpis(ChangeList changes, List<KpiCell> was, List<KpiCell> now, CellAt at) =>
        Items(byIds: true, changes, was, now, at, new("kpis", "KPI", k => k.Metric, k => k.Metric,
            k => $"{k.Metric}{(k.Target is null ? "" : " target " + DiffText.Number(k.Target))}{(k.Unit is null ? "" : " " + k.Unit)}"));

    private static void Items<T>(bool byIds, ChangeList changes, List<T> was, List<T> now, CellAt at, ItemKind<T> kind)
        where T : class
    {
        var pairing = byIds ? Matcher.ById(was, now, kind.Id) : Matcher.ByName(was, now, byPosition: false, kind.Text);
        foreach (var (before, after) in Merged.Of(was, now, pairing))
        {
            var from = before is null ? null : kind.Describe(before);
            var to = after is null ? null : kind.Describe(after);
            if (before is null)
            {
                changes.Add(ChangeKinds.Added, DiffSubjects.Cell, kind.Part, $"{at.Label}: {kind.Noun} added: {DiffText.Quote(to)}", null, at.After, null, to);
            }
            else if (after is null)
            {
                changes.Add(ChangeKinds.Removed, DiffSubjects.Cell, kind.Part, $"{at.Label}: {kind.Noun} removed: {DiffText.Quote(from)}", at.Before, at.After, from, null);
            }
            else if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes.Add(ChangeKinds.Changed, DiffSubjects.Cell, kind.Part,
                    $"{at.Label}: {kind.Noun} changed: {DiffText.Quote(from)} → {DiffText.Quote(to)}", at.Before, at.After, from, to);
            }
        }
    }

    private sealed record ItemKind<T>(string Part, string Noun, Func<T, string> Id, Func<T, string> Text, Func<T, string> Describe);
}
