using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Sources;

/// <summary>The event source a read works on, not yet read; <see cref="Key"/> is null for a map bound to none (the empty log).</summary>
public sealed record SourceChoice(EventSourceKey? Key);
