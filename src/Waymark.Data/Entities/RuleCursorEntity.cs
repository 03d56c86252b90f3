namespace Waymark.Data.Entities;

/// <summary>
/// How far the rule evaluator has read one stream: a workspace's event source (<c>e\n{workspace}\n{source}</c>) or a
/// workspace's feedback (<c>f\n{workspace}</c>). It advances in the same transaction as the batch's firings.
/// </summary>
public sealed class RuleCursorEntity
{
    public string Stream { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTime UpdatedAt { get; set; }
}
