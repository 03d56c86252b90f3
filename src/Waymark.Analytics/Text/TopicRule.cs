namespace Waymark.Analytics.Text;

/// <summary>
/// How a workspace curates one topic (a key phrase as the index writes it: lower case, single spaces): the label
/// shown instead of the phrase, the phrase it is merged into (its mentions count for that topic), and whether the
/// topic is hidden everywhere.
/// </summary>
public sealed record TopicRule(string Phrase, string? Label = null, string? MergedInto = null, bool Hidden = false);
