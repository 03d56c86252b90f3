namespace Waymark.Server.Features.Rules;

/// <summary>A customer of a batch with their events in time order.</summary>
internal sealed record BatchCustomer(string Id, IReadOnlyList<BatchEvent> Events);
