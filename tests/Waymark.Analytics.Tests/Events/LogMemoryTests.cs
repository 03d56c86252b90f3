using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Events;

/// <summary>A large read's memory given back once its log is built; a small one's left to the GC (ADR 073).</summary>
public sealed class LogMemoryTests
{
    [Fact]
    public void ReleaseAfterRead_LargeRead_CollectsTheOldestGeneration()
    {
        var before = GC.CollectionCount(GC.MaxGeneration);

        Assert.True(LogMemory.ReleaseAfterRead(LogMemory.ReleaseAfterRows));

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before);
        Assert.True(GC.GetGCMemoryInfo(GCKind.FullBlocking).Compacted);
    }

    [Fact]
    public void ReleaseAfterRead_SmallRead_LeavesItToTheGc() =>
        Assert.False(LogMemory.ReleaseAfterRead(LogMemory.ReleaseAfterRows - 1));
}
