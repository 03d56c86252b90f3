namespace Waymark.Data.Entities;

/// <summary>
/// How a workspace curates one topic (a key phrase, lower case): the label shown instead, the phrase it is merged
/// into, whether it is hidden. A phrase without a row is shown as found.
/// </summary>
public sealed class TopicRuleEntity
{
    public string WorkspaceId { get; set; } = "";
    public string Phrase { get; set; } = "";
    public string? Label { get; set; }
    public string? MergedInto { get; set; }
    public bool Hidden { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
