namespace Waymark.Server.Tests.ScaleOut;

/// <summary>The real clock moved by <see cref="Shift"/>: one server's view of time after a pause.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
