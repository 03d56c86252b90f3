namespace Waymark.Server.Features.Collab;

/// <summary>One person on a map (one per connection): never stored, held in memory while they are connected.</summary>
public sealed record PresenceEntry(string ConnectionId, string UserId, string Name, string Colour, PresenceSelection? Selection, string? Following);
