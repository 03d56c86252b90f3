using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>The passes over the customers stop between chunks once the caller's token is cancelled (a client that went away).</summary>
public sealed class CancellationTests
{
    private const int Customers = 200_000;

    private static readonly Lazy<EventLog> Big = new(() =>
    {
        var builder = new EventLogBuilder();
        for (var c = 0; c < Customers; c++)
        {
            var id = "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Add(id, TestLog.Origin.AddMinutes(c).UtcTicks, "Visit", "");
            builder.Add(id, TestLog.Origin.AddMinutes(c + 1).UtcTicks, "Buy", "");
        }

        return builder.Build();
    });

    [Fact]
    public void CustomerPass_CancelledPartWay_StopsAtTheNextChunk()
    {
        using var cancel = new CancellationTokenSource();
        var visited = new Counter();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CustomerPass.Run(Big.Value, new CompiledFilter(Big.Value, default), () => new CancellingVisitor(visited, cancel), cancel.Token));

        // Each worker finishes the chunk it is in (a few thousand customers), then no other chunk starts.
        Assert.InRange(visited.Count, 1, Customers / 4);
    }

    [Fact]
    public void Analyses_CancelledToken_Throw()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var map = TestMaps.Steps(TestMaps.Bound("s1", "Visit"), TestMaps.Bound("s2", "Buy"));
        var options = new OverlayOptions { Stages = OverlayStages.FromMap(map) };

        Assert.ThrowsAny<OperationCanceledException>(() => OverlayEngine.Compute(Big.Value, options, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => MapEvidence.Paths(Big.Value, map, default, cancel.Token));
    }

    private sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>Counts the customers it sees and cancels the pass at the first.</summary>
    private sealed class CancellingVisitor(Counter visited, CancellationTokenSource cancel) : ICustomerVisitor<CancellingVisitor>
    {
        public void Visit(in CustomerView customer)
        {
            visited.Add();
            cancel.Cancel();
        }

        public void Merge(CancellingVisitor other)
        {
        }
    }
}
