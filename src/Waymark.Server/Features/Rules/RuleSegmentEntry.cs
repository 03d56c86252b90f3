using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Segment entry for the customers a batch touched: membership is the segment's filter on the source's log (the
/// engine's, as the segment preview counts), compared with the stored membership; with none stored, with the log
/// before the customer's first event of the batch. Not a member, then a member, fires.
/// </summary>
internal static class RuleSegmentEntry
{
    public static async Task<List<RuleCandidate>> CandidatesAsync(WaymarkDbContext db, RuleRun run, List<BatchCustomer> customers, EventLog log, CancellationToken ct)
    {
        var id = run.Entity.Id;
        var ids = customers.Select(c => c.Id).ToList();
        var now = Analyze.Admitted(log, SegmentFilters.Apply(run.Entered!, default), ids);
        var rows = await db.RuleSegmentMembers.Where(m => m.RuleId == id && ids.Contains(m.CustomerId)).ToDictionaryAsync(m => m.CustomerId, ct);
        var found = new List<RuleCandidate>();
        var time = DateTime.UtcNow;
        foreach (var customer in customers)
        {
            var member = now.Contains(customer.Id);
            var first = customer.Events[0].Payload.At;
            var was = rows.TryGetValue(customer.Id, out var row)
                ? row.Member
                : Analyze.Admitted(log, SegmentFilters.Apply(run.Entered!, new EventFilter { To = new DateTimeOffset(first, TimeSpan.Zero) }), [customer.Id]).Count > 0;
            if (member && !was)
            {
                var last = customer.Events[^1];
                found.Add(new RuleCandidate(customer.Id, $"s:{last.Stored.Sequence}", last.Payload.At, null, last.Payload, null, RuleDetails.Entered(run.EnteredSegment?.Name ?? run.Trigger.SegmentId!)));
            }

            if (row is null)
            {
                db.RuleSegmentMembers.Add(new RuleSegmentMemberEntity { RuleId = id, CustomerId = customer.Id, Member = member, UpdatedAt = time });
            }
            else
            {
                row.Member = member;
                row.UpdatedAt = time;
            }
        }

        return found;
    }
}
