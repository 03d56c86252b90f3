namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// The funnel as for the funnel route, and the bar whose customers to list: who reached step <see cref="Step"/>
/// (0-based), or with <see cref="Dropped"/> who reached it and not the next; optionally of one breakdown group (its
/// key as the funnel answered it). A page of <see cref="Limit"/> (1 to 200, default 50) from <see cref="Offset"/>.
/// </summary>
public sealed class FunnelCustomersRequest : FunnelRequest
{
    public int Step { get; init; }

    public bool Dropped { get; init; }

    public string? Group { get; init; }

    public int Offset { get; init; }

    public int? Limit { get; init; }
}
