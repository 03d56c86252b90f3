namespace Waymark.Server.Features.Audit;

/// <summary>
/// Every action the audit trail records, in one list: a dotted name (thing.what-happened) and what it means. The
/// target is the id of the thing; the detail is plain text: the thing's name as it was then for the named things
/// (maps, personas, keys, segments, the workspace), or what happened in numbers (imports, ingestion). The activity
/// page words them (web/src/features/activity/actionWords.ts) and shows an unknown name as it is.
/// </summary>
public static class AuditActions
{
    /// <summary>A blank map, or one from a template, was created.</summary>
    public const string MapCreated = "map.created";

    /// <summary>A map was copied as a new map (the target is the copy).</summary>
    public const string MapDuplicated = "map.duplicated";

    /// <summary>A map file (JSON or YAML) was imported as a new map.</summary>
    public const string MapImported = "map.imported";

    /// <summary>A map was bound to an event source, or unbound (the detail names the source, or says none).</summary>
    public const string MapSourceChanged = "map.source-changed";

    /// <summary>A current-state map was drafted from the workspace's events.</summary>
    public const string MapDrafted = "map.drafted";

    /// <summary>A map was marked reviewed by its owner or a workspace owner (its next review-by date is in its revision).</summary>
    public const string MapReviewed = "map.reviewed";

    /// <summary>A version of a map was named (the target is the map; the detail: the map's name, the version's name and its seq).</summary>
    public const string MapVersionNamed = "map.version-named";

    /// <summary>A named version of a map got a new name (the detail: "old → new").</summary>
    public const string MapVersionRenamed = "map.version-renamed";

    /// <summary>A named version of a map was deleted (the detail is its name); the map's history stays.</summary>
    public const string MapVersionDeleted = "map.version-deleted";

    /// <summary>A map and its revisions were deleted.</summary>
    public const string MapDeleted = "map.deleted";

    /// <summary>A journey rule was added to the map (the target); the detail is the rule's name.</summary>
    public const string RuleCreated = "map.rule-created";

    /// <summary>A journey rule of the map was changed, switched on or off; the detail is its name and state.</summary>
    public const string RuleUpdated = "map.rule-updated";

    /// <summary>A journey rule of the map was deleted with its firings.</summary>
    public const string RuleDeleted = "map.rule-deleted";

    /// <summary>A journey rule fired for a customer (written by Waymark with the firing, when the rule puts it on the feed).</summary>
    public const string RuleFired = "map.rule-fired";

    /// <summary>A persona was added to the workspace's library.</summary>
    public const string PersonaCreated = "persona.created";

    /// <summary>A persona was deleted from the library.</summary>
    public const string PersonaDeleted = "persona.deleted";

    /// <summary>An event source was created.</summary>
    public const string SourceCreated = "source.created";

    /// <summary>An event source was renamed (the detail is "old → new").</summary>
    public const string SourceRenamed = "source.renamed";

    /// <summary>An empty event source was deleted (its maps became unbound, its API keys went with it).</summary>
    public const string SourceDeleted = "source.deleted";

    /// <summary>An ingestion API key was created (its name only: never the secret, nor any part of it).</summary>
    public const string ApiKeyCreated = "api-key.created";

    /// <summary>An ingestion API key was revoked.</summary>
    public const string ApiKeyRevoked = "api-key.revoked";

    /// <summary>A webhook endpoint was added (the detail is its URL; never its secret).</summary>
    public const string WebhookCreated = "webhook.created";

    /// <summary>A webhook endpoint's URL, description, events or enabled state changed (the detail is its URL).</summary>
    public const string WebhookUpdated = "webhook.updated";

    /// <summary>A webhook endpoint and its delivery log were deleted.</summary>
    public const string WebhookDeleted = "webhook.deleted";

    /// <summary>A webhook endpoint got a new signing secret; the detail says until when the old one still signs.</summary>
    public const string WebhookSecretRotated = "webhook.secret-rotated";

    /// <summary>Waymark disabled a webhook endpoint on its own (410 Gone, or failures over days); the detail says why.</summary>
    public const string WebhookDisabled = "webhook.disabled";

    /// <summary>An event file was imported: its name, rows imported, repeats and rows skipped.</summary>
    public const string ImportEvents = "import.events";

    /// <summary>A feedback file was imported: its name, rows imported, repeats and rows skipped.</summary>
    public const string ImportFeedback = "import.feedback";

    /// <summary>Events sent through an API key: one line sums the key's batches of up to an hour (IngestActivity).</summary>
    public const string IngestEvents = "ingest.events";

    /// <summary>Feedback sent through an API key, summed like <see cref="IngestEvents"/>.</summary>
    public const string IngestFeedback = "ingest.feedback";

    /// <summary>A segment was saved as a new one.</summary>
    public const string SegmentCreated = "segment.created";

    /// <summary>A segment was deleted.</summary>
    public const string SegmentDeleted = "segment.deleted";

    /// <summary>A feedback tag was created (the detail is its name).</summary>
    public const string TagCreated = "tag.created";

    /// <summary>A feedback tag got a new name (the detail: "old → new").</summary>
    public const string TagRenamed = "tag.renamed";

    /// <summary>A feedback tag was deleted with its links (the detail is its name).</summary>
    public const string TagDeleted = "tag.deleted";

    /// <summary>A tag was put on feedback items (the detail: the tag's name and how many items it newly holds).</summary>
    public const string TagApplied = "tag.applied";

    /// <summary>A tag was taken off feedback items (the detail: the tag's name and how many items left it).</summary>
    public const string TagRemoved = "tag.removed";

    /// <summary>The workspace got a new name (the detail).</summary>
    public const string WorkspaceRenamed = "workspace.renamed";

    /// <summary>The workspace was deleted with its maps and data; its audit lines stay.</summary>
    public const string WorkspaceDeleted = "workspace.deleted";

    // Recorded by the account, member, share-link and comment features (listed here so the list stays one):
    // account.signed-in, account.signed-out, account.password-changed, account.password-reset-mailed; member.role-changed,
    // member.removed, member.left, member.joined, member.invited (by email); invitation.created (a link), invitation.revoked; share-link.created, share-link.revoked,
    // share-link.opened; comment.created, comment.resolved, comment.reopened, comment.deleted.
    // There is no restore of a map or of a revision yet: when one comes, it records "map.restored".
}
