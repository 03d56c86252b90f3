using Waymark.Analytics.Events;

namespace Waymark.Server.Features.Rules;

/// <summary>A batch as a log of its own, and its customers.</summary>
internal sealed record BatchCustomers(EventLog Log, IReadOnlyList<BatchCustomer> Events);
