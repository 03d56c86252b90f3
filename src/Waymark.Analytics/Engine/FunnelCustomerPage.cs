namespace Waymark.Analytics.Engine;

/// <summary>One page of the customers behind a funnel bar, in log order, and how many there are in all.</summary>
public sealed record FunnelCustomerPage(long Total, IReadOnlyList<FunnelCustomer> Customers);
