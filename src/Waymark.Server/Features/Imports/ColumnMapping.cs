namespace Waymark.Server.Features.Imports;

/// <summary>Which column holds each role of an event (null: none found).</summary>
public sealed record ColumnMapping(string? Customer, string? Activity, string? Timestamp, string? Channel);
