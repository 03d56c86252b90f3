namespace Waymark.Browser.Tests;

/// <summary>The real clock moved on by <see cref="Shift"/>: lets a test see a stall deadline pass without waiting for it.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
