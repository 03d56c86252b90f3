using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Explore.Attributes;

/// <summary>
/// The attribute names of one source's events: customer attributes (counted in customers with a value) and event
/// properties (counted in events with a value), most common first.
/// </summary>
public sealed record AttributeNamesAnswer(long Customers, IReadOnlyList<AttributeName> Customer, IReadOnlyList<AttributeName> Event);
