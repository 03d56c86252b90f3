using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Support;

/// <summary>Asserts on whole logs.</summary>
public static class LogAssert
{
    /// <summary>The two logs hold the same customers and events, in the same order, with the same properties.</summary>
    public static void SameEvents(EventLog expected, EventLog actual)
    {
        Assert.Equal(expected.CustomerCount, actual.CustomerCount);
        Assert.Equal(expected.EventCount, actual.EventCount);
        for (var i = 0; i < expected.EventCount; i++)
        {
            var (e, a) = (expected.GetEvent(i), actual.GetEvent(i));
            Assert.Equal((e.CustomerId, e.Timestamp, e.Activity, e.Channel), (a.CustomerId, a.Timestamp, a.Activity, a.Channel));
            Assert.Equal(e.Properties.OrderBy(p => p.Key), a.Properties.OrderBy(p => p.Key));
        }
    }
}
