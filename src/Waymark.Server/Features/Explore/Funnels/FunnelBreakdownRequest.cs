namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// A breakdown: by "attribute" (a customer attribute named by <see cref="Attribute"/>), "channel" (of the event that
/// started the customer's best attempt) or "segment" (the listed saved <see cref="Segments"/>, or the workspace's
/// first ones by name; a customer counts in each segment it is in). <see cref="Limit"/> groups are shown (1 to 20,
/// default 5); for attributes and channels the rest are added up into "other".
/// </summary>
public sealed record FunnelBreakdownRequest(string? By, string? Attribute, int? Limit, IReadOnlyList<string>? Segments);
