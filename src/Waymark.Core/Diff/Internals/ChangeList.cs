namespace Waymark.Core.Diff.Internals;

/// <summary>The changes found so far, in the order found (which is map order).</summary>
internal sealed class ChangeList
{
    public List<MapChange> Items { get; } = [];

    public void Add(string kind, string subject, string? part, string summary, DiffPlace? before, DiffPlace? after, string? from = null, string? to = null) =>
        Items.Add(new MapChange(kind, subject, part, summary, before, after, DiffText.Value(from), DiffText.Value(to)));

    /// <summary>A value that went from one text to another: added when it was empty, removed when it is now.</summary>
    public void Value(string subject, string part, string label, string? from, string? to, DiffPlace? before, DiffPlace? after)
    {
        from = string.IsNullOrEmpty(from) ? null : from;
        to = string.IsNullOrEmpty(to) ? null : to;
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return;
        }

        var kind = from is null ? ChangeKinds.Added : to is null ? ChangeKinds.Removed : ChangeKinds.Changed;
        var summary = kind switch
        {
            ChangeKinds.Added => $"{label} added: {DiffText.Quote(to)}",
            ChangeKinds.Removed => $"{label} removed: {DiffText.Quote(from)}",
            _ => $"{label} changed: {DiffText.Quote(from)} → {DiffText.Quote(to)}",
        };
        Add(kind, subject, part, summary, before, after, from, to);
    }
}
