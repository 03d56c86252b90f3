namespace Waymark.Server.Features.Explorer;

/// <summary>What a tag or untag did: items that changed, ids not found in the workspace's feedback, and the tag's items now.</summary>
public sealed record TagItemsResult(int Changed, int Unknown, int Count);
