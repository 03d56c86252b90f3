using Waymark.Server.Features.History;

namespace Waymark.Server.Tests.History;

/// <summary>How ops group into sessions and pages, on op heads made here (no app, no database).</summary>
public sealed class HistorySessionsTests
{
    private static readonly DateTime T0 = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Group_FifteenMinutesApartJoins_OneSecondMoreSplits()
    {
        var sessions = HistorySessions.Group([Op(1, "ana", 0), Op(2, "ana", 15 * 60), Op(3, "ana", 30 * 60 + 1)]);

        Assert.Equal([(1L, 2L), (3L, 3L)], sessions.Select(s => (s.FromSeq, s.ToSeq)));
    }

    [Fact]
    public void Group_InterleavedAuthors_OverlappingSessions()
    {
        var sessions = HistorySessions.Group([Op(1, "ana", 0), Op(2, "sam", 10), Op(3, "ana", 20), Op(4, "sam", 30)]);

        Assert.Equal([("ana", 1L, 3L, 2), ("sam", 2L, 4L, 2)], sessions.Select(s => (s.AuthorId, s.FromSeq, s.ToSeq, s.Edits)));
    }

    [Fact]
    public void Group_Restore_AloneAndEndsTheOpenSession()
    {
        var sessions = HistorySessions.Group([Op(1, "ana", 0), Op(2, "ana", 10, restoredFrom: 0), Op(3, "ana", 20)]);

        Assert.Equal([(1L, 1L, (long?)null), (2L, 2L, 0L), (3L, 3L, null)], sessions.Select(s => (s.FromSeq, s.ToSeq, s.RestoredFrom)));
    }

    [Fact]
    public void Group_KindsCountedByLabel_UnknownTypeAsOtherEdits()
    {
        var session = Assert.Single(HistorySessions.Group([
            Op(1, "ana", 0, """{"type":"setCell","laneId":"a"}"""), Op(2, "ana", 1, """{"type":"setCell","laneId":"b"}"""),
            Op(3, "ana", 2, """{"type":"addStep","stageId":"g"}"""), Op(4, "ana", 3, """{"type":"teleport"}""")]));

        Assert.Equal([new HistoryKind("cells changed", 2), new HistoryKind("other edits", 1), new HistoryKind("steps added", 1)], session.Kinds);
    }

    [Fact]
    public void Page_BeforeTheOldestShown_NeitherRepeatsNorSkips()
    {
        var all = HistorySessions.Group([Op(1, "ana", 0), Op(2, "sam", 1), Op(3, "cid", 2), Op(4, "ana", 3), Op(5, "vic", 4)]);

        var (first, more) = HistorySessions.Page(all, null, 2);
        var (second, less) = HistorySessions.Page(all, first[^1].FromSeq, 2);

        Assert.Equal([5L, 3L], first.Select(s => s.FromSeq));
        Assert.True(more);
        Assert.Equal([2L, 1L], second.Select(s => s.FromSeq));
        Assert.False(less);
    }

    private static OpHead Op(long seq, string author, int seconds, string head = """{"type":"setCell"}""", long? restoredFrom = null) =>
        new(seq, author, author, T0.AddSeconds(seconds), head, restoredFrom);
}
