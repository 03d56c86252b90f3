using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Text;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Topics;

/// <summary>
/// Changes a workspace's topic rules in the tracked context (the caller saves): one row per phrase that has a
/// label, is merged into another or is hidden; a row that says nothing any more is removed.
/// </summary>
internal sealed class TopicCurator(WaymarkDbContext db, string workspaceId, string by)
{
    public const int MaxLabel = 200;
    public const int MaxMerge = 50;
    private List<TopicRuleEntity> _rows = [];

    public async Task LoadAsync(CancellationToken ct) =>
        _rows = await db.TopicRules.Where(r => r.WorkspaceId == workspaceId).ToListAsync(ct);

    /// <summary>The phrase as the topic index writes it, or a problem at <paramref name="path"/>.</summary>
    public static (string? Phrase, MapProblem? Problem) Phrase(string? text, string path)
    {
        var phrase = TopicIndex.Normalize(text);
        if (phrase is null)
            return (null, new MapProblem(path, "must be a topic: words without sentence punctuation"));
        return phrase.Length > MaxLabel ? (null, new MapProblem(path, $"must be at most {MaxLabel} characters")) : (phrase, null);
    }

    public void Rename(string phrase, string? label) => Change(phrase, r => r.Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim());

    public void Hide(string phrase, bool hidden) => Change(phrase, r => r.Hidden = hidden);

    public void Merge(IReadOnlyList<string> phrases, string into, string? label)
    {
        foreach (var phrase in phrases.Where(p => p != into))
        {
            foreach (var member in _rows.Where(r => r.MergedInto == phrase).ToList())
                Change(member.Phrase, r => r.MergedInto = into);
            Change(phrase, r => r.MergedInto = into);
        }
        Change(into, r =>
        {
            r.MergedInto = null;
            if (!string.IsNullOrWhiteSpace(label))
                r.Label = label.Trim();
        });
    }

    /// <summary>The phrases that were merged into <paramref name="phrase"/>, now topics again.</summary>
    public IReadOnlyList<string> Split(string phrase)
    {
        var members = _rows.Where(r => r.MergedInto == phrase).Select(r => r.Phrase).ToList();
        foreach (var member in members)
            Change(member, r => r.MergedInto = null);
        return members;
    }

    private void Change(string phrase, Action<TopicRuleEntity> change)
    {
        var row = _rows.Find(r => r.Phrase == phrase);
        if (row is null)
        {
            row = new TopicRuleEntity { WorkspaceId = workspaceId, Phrase = phrase };
            _rows.Add(row);
            db.TopicRules.Add(row);
        }
        change(row);
        row.UpdatedAt = DateTime.UtcNow;
        row.UpdatedBy = by;
        if (row.Label is null && row.MergedInto is null && !row.Hidden)
        {
            _rows.Remove(row);
            db.TopicRules.Remove(row);
        }
    }
}
