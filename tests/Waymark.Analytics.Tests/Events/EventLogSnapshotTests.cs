using System.Buffers.Binary;
using System.Globalization;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Events;

/// <summary>A log written to a snapshot and read back is the same log, goes on updating the same way, and a damaged file is refused.</summary>
public sealed class EventLogSnapshotTests
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly SnapshotStamp Stamp = new("ws_1", "src_1", "sqlite:abc", 2_000, 7);

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void ReadFrom_WrittenSnapshot_SameLogAttributesPropertiesAndStamp(int seed)
    {
        var original = Filled(new Random(seed), 2_000);

        var read = EventLogSnapshot.ReadFrom(new MemoryStream(Write(original)), out var stamp);

        Assert.Equal(Stamp, stamp);
        SameState(original.Current!, original.ReplacedValues, read.Log, read.ReplacedValues);
        Assert.Equal(2, read.WaitingCustomers);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(17)]
    public void Restore_ThenUpdates_SameAsUpdatingTheOriginal(int seed)
    {
        var random = new Random(seed);
        var original = Filled(random, 1_500);
        var restored = EventLogSnapshot.ReadFrom(new MemoryStream(Write(original)), out _).Restore();
        var later = Enumerable.Range(0, 800).Select(_ => RandomRow(random, customers: 400)).ToList();

        foreach (var log in new[] { original, restored })
        {
            var update = log.BeginUpdate();
            later.ForEach(r => update.AddEvent(r.Customer, r.Ticks, r.Activity, r.Channel, r.Properties));
            update.AddEvent("waiting-1", T0, "Arrived", "app", """{"new key":"new value"}""");
            update.SetAttribute("c7", "plan", "enterprise");
            update.Commit();
        }

        SameState(original.Current!, original.ReplacedValues, restored.Current!, restored.ReplacedValues);
        var arrived = restored.Current!.Customers.IdOf("waiting-1");
        Assert.Equal(("pro", "EU"), (restored.Current.Attributes.Get(arrived, "plan"), restored.Current.Attributes.Get(arrived, "region")));
    }

    [Fact]
    public void ReadFrom_OnlyWaitingAttributes_EmptyLogKeepsThem()
    {
        var log = new IncrementalEventLog();
        var update = log.BeginUpdate();
        update.SetAttribute("z", "plan", "free");
        update.Commit();

        var restored = EventLogSnapshot.ReadFrom(new MemoryStream(Write(log)), out _).Restore();
        var next = restored.BeginUpdate();
        next.AddEvent("z", T0, "Visited", null, null);
        var after = next.Commit();

        Assert.Equal((1, 1), (after.CustomerCount, after.EventCount));
        Assert.Equal("free", after.Attributes.Get(0, "plan"));
    }

    [Fact]
    public void ReadFrom_Truncated_ThrowsInvalidData()
    {
        var bytes = Write(Filled(new Random(1), 300));

        foreach (var length in new[] { 0, 5, 12, 40, bytes.Length / 2, bytes.Length - 8, bytes.Length - 1 })
        {
            Assert.Throws<InvalidDataException>(() => EventLogSnapshot.ReadFrom(new MemoryStream(bytes[..length]), out _));
        }
    }

    [Fact]
    public void ReadFrom_AnyByteChanged_ThrowsInvalidData()
    {
        var bytes = Write(Filled(new Random(2), 60));

        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 0x5A;
            Assert.Throws<InvalidDataException>(() => EventLogSnapshot.ReadFrom(new MemoryStream(changed), out _));
        }
    }

    [Fact]
    public void ReadStamp_OtherFormatVersion_ThrowsInvalidData()
    {
        var bytes = Write(Filled(new Random(4), 50));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), EventLogSnapshot.FormatVersion + 1);

        var error = Assert.Throws<InvalidDataException>(() => EventLogSnapshot.ReadStamp(new MemoryStream(bytes)));

        Assert.Contains("format version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStamp_WrittenSnapshot_ReadsTheStampOnly()
    {
        var bytes = Write(Filled(new Random(6), 500));
        using var stream = new MemoryStream(bytes);

        var stamp = EventLogSnapshot.ReadStamp(stream);

        Assert.Equal(Stamp, stamp);
        Assert.True(stream.Position < 100);
    }

    private static byte[] Write(IncrementalEventLog log)
    {
        using var stream = new MemoryStream();
        EventLogSnapshot.Capture(log).WriteTo(stream, Stamp);
        return stream.ToArray();
    }

    /// <summary>A log from random rows with properties (one not text), attributes, and two customers' attributes waiting.</summary>
    private static IncrementalEventLog Filled(Random random, int rows)
    {
        var log = new IncrementalEventLog();
        foreach (var part in Enumerable.Range(0, 2))
        {
            var update = log.BeginUpdate();
            for (var i = 0; i < rows / 2; i++)
            {
                var r = RandomRow(random, customers: 300);
                update.AddEvent(r.Customer, r.Ticks, r.Activity, r.Channel, r.Properties);
                if (random.Next(20) == 0)
                {
                    update.SetAttribute(r.Customer, "tier" + random.Next(3).ToString(CultureInfo.InvariantCulture), "t" + random.Next(4).ToString(CultureInfo.InvariantCulture));
                }
            }

            update.AddEvent("c1", T0, "Odd", null, """{"k":"half \ud800 pair"}""");
            update.SetAttribute("waiting-" + part.ToString(CultureInfo.InvariantCulture), "plan", "pro");
            update.SetAttribute("waiting-1", "region", "EU");
            update.Commit();
        }

        return log;
    }

    private static void SameState(EventLog expected, long expectedReplaced, EventLog actual, long actualReplaced)
    {
        LogAssert.SameEvents(expected, actual);
        Assert.Equal(expectedReplaced, actualReplaced);
        Assert.Equal(expected.HasTimestamps, actual.HasTimestamps);
        Assert.Equal(expected.Customers.Names, actual.Customers.Names);
        Assert.Equal(expected.Activities.Names, actual.Activities.Names);
        Assert.Equal(expected.Channels.Names, actual.Channels.Names);
        Assert.Equal(expected.Properties.Count, actual.Properties.Count);
        Assert.Equal(expected.Attributes.Keys.Names, actual.Attributes.Keys.Names);
        for (var c = 0; c < expected.CustomerCount; c++)
        {
            Assert.Equal(c, actual.Customers.IdOf(expected.Customers[c])); // the lookup table was made again
            foreach (var key in expected.Attributes.Keys.Names)
            {
                Assert.Equal(expected.Attributes.Get(c, key), actual.Attributes.Get(c, key));
            }
        }

        for (var set = 0; set < expected.Properties.Count; set++)
        {
            Assert.Equal(expected.Properties.ToDictionary(set), actual.Properties.ToDictionary(set));
        }
    }

    private sealed record Row(string Customer, long Ticks, string Activity, string? Channel, string? Properties);

    private static Row RandomRow(Random random, int customers) => new(
        "c" + random.Next(customers).ToString(CultureInfo.InvariantCulture),
        T0 + (random.Next(40) * TimeSpan.TicksPerMinute),
        "act" + random.Next(10).ToString(CultureInfo.InvariantCulture),
        random.Next(3) == 0 ? null : "ch" + random.Next(3).ToString(CultureInfo.InvariantCulture),
        random.Next(4) == 0 ? "{\"plan\":\"p" + random.Next(5).ToString(CultureInfo.InvariantCulture) + "\",\"n\":" + random.Next(3).ToString(CultureInfo.InvariantCulture) + "}" : null);
}
