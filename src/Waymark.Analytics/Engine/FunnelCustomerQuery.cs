namespace Waymark.Analytics.Engine;

/// <summary>
/// Which customers of a funnel to list: those who reached step <see cref="Step"/> (0-based), or with
/// <see cref="Dropped"/> those who reached it and not the next; optionally only of one breakdown <see cref="Group"/>
/// (a name of the result's groups, "other" included). A page of <see cref="Limit"/> from <see cref="Offset"/>.
/// </summary>
public readonly record struct FunnelCustomerQuery(int Step, bool Dropped = false, string? Group = null, int Offset = 0, int Limit = 50);
