using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>
/// A pass makes one accumulator per worker however long it runs: each accumulator rents its own tables and duration
/// blocks, so one made again whenever a worker gave its thread back (Parallel.For's thread-local state, every ~100 ms)
/// made a slow request allocate more than a fast one.
/// </summary>
public sealed class PassAccumulatorTests
{
    [Fact]
    public void Run_PassLongerThanAThreadsTimeSlice_OneAccumulatorPerWorker()
    {
        var builder = new EventLogBuilder();
        for (var c = 0; c < 20_000; c++)
        {
            builder.Add("c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture), TestLog.Origin.AddMinutes(c).UtcTicks, "Visit", "");
        }

        var log = builder.Build();
        var created = 0;

        var merged = CustomerPass.Run(log, new CompiledFilter(log, default), () =>
        {
            Interlocked.Increment(ref created);
            return new SlowVisitor();
        });

        Assert.Equal(20_000, merged.Customers);
        Assert.InRange(created, 1, Environment.ProcessorCount);
    }

    /// <summary>Counts customers, sleeping now and then so the pass lasts well over a second.</summary>
    private sealed class SlowVisitor : ICustomerVisitor<SlowVisitor>
    {
        public int Customers { get; private set; }

        public void Visit(in CustomerView customer)
        {
            if (++Customers % 500 == 0)
            {
                Thread.Sleep(40);
            }
        }

        public void Merge(SlowVisitor other) => Customers += other.Customers;
    }
}
