namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// A node of a column: the start (kind start), an activity (activity), the folded tail (other), or the customers
/// whose journey had no further event (ended; before the start when going backward). <see cref="DropOff"/>: of
/// these customers, how many have no next event (none for the last column, whose next events are not read).
/// </summary>
public sealed record SankeyNodeDto(string Id, int Column, string Kind, string Label, long Customers, double ShareOfStart, long DropOff)
{
    public const string Start = "start";
    public const string Activity = "activity";
    public const string Other = "other";
    public const string Ended = "ended";
}
