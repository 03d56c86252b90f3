using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Features.Reviews;

/// <summary>
/// The inbox's review reminders: the maps a member owns whose review-by date has passed. Worked out when the inbox is
/// read (from the maps' OwnerId and ReviewBy columns), so nothing is stored and marking a map reviewed clears its line.
/// </summary>
internal static class ReviewReminders
{
    public const int MaxReminders = 50;

    public static async Task<ReviewDueDto[]> ListAsync(WaymarkDbContext db, string workspaceId, string userId, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Maps.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.OwnerId == userId && m.ReviewBy != null && m.ReviewBy < today)
            .OrderBy(m => m.ReviewBy).ThenBy(m => m.Id).Take(MaxReminders)
            .Select(m => new { m.Id, m.Name, m.ReviewBy })
            .ToArrayAsync(ct);
        return rows.Select(r => new ReviewDueDto(r.Id, r.Name, r.ReviewBy!.Value)).ToArray();
    }
}
