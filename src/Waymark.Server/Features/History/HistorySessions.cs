namespace Waymark.Server.Features.History;

/// <summary>One op of the log as the timeline reads it: no edit JSON, only the start of it that names its type.</summary>
internal sealed record OpHead(long Seq, string AuthorId, string AuthorName, DateTime At, string Head, long? RestoredFrom);

/// <summary>
/// Groups a map's ops into sessions (docs/adr/048): an author's op within <see cref="Gap"/> of their previous op joins
/// that op's session, even when other authors' ops fall between; a restore is a session of its own and ends the
/// author's open one. Sessions come in the order they start.
/// </summary>
internal static class HistorySessions
{
    public static readonly TimeSpan Gap = TimeSpan.FromMinutes(15);

    public static List<HistorySession> Group(IEnumerable<OpHead> opsInSeqOrder)
    {
        var sessions = new List<Builder>();
        var open = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var op in opsInSeqOrder)
        {
            if (op.RestoredFrom is not null)
            {
                open.Remove(op.AuthorId);
                sessions.Add(new Builder(op));
                continue;
            }

            if (open.TryGetValue(op.AuthorId, out var session) && op.At - session.EndedAt <= Gap)
            {
                session.Add(op);
                continue;
            }

            session = new Builder(op);
            open[op.AuthorId] = session;
            sessions.Add(session);
        }

        return sessions.Select(s => s.Build()).ToList();
    }

    /// <summary>
    /// The page of sessions that start before <paramref name="before"/> (all when null): the <paramref name="limit"/>
    /// that start latest, newest first, and whether older ones remain.
    /// </summary>
    public static (IReadOnlyList<HistorySession> Page, bool More) Page(List<HistorySession> inStartOrder, long? before, int limit)
    {
        var candidates = before is { } b ? inStartOrder.Where(s => s.FromSeq < b).ToList() : inStartOrder;
        var page = candidates.Skip(Math.Max(0, candidates.Count - limit)).Reverse().ToArray();
        return (page, candidates.Count > limit);
    }

    private sealed class Builder(OpHead first)
    {
        private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal) { [EditKinds.Of(first.Head)] = 1 };
        private long _toSeq = first.Seq;
        private int _edits = 1;

        public DateTime EndedAt { get; private set; } = first.At;

        public void Add(OpHead op)
        {
            _toSeq = op.Seq;
            EndedAt = op.At;
            _edits++;
            var label = EditKinds.Of(op.Head);
            _kinds[label] = _kinds.GetValueOrDefault(label) + 1;
        }

        public HistorySession Build() => new(first.AuthorId, first.AuthorName, first.Seq, _toSeq, first.At, EndedAt, _edits,
            _kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => new HistoryKind(k.Key, k.Value)).ToArray(),
            first.RestoredFrom);
    }
}
