using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Rules;

/// <summary>An event of a batch: as stored, its index in the batch's log, and as a webhook sends it.</summary>
internal sealed record BatchEvent(StoredEvent Stored, int Index, RulePayloadEvent Payload);
