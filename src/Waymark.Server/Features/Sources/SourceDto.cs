namespace Waymark.Server.Features.Sources;

/// <summary>
/// An event source as the Data page lists it: its figures (events, customers, activities in its log), the maps bound
/// to it and its live API keys. <see cref="IsDefault"/>: the oldest source, where uploads and new blank maps go
/// unless another is named.
/// </summary>
public sealed record SourceDto(
    string Id, string Name, DateTime CreatedAt, bool IsDefault, long Events, int Customers, int Activities, int Maps, int ApiKeys);
