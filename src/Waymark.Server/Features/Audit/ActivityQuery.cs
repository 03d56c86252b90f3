using Microsoft.AspNetCore.Mvc;
using Waymark.Core.FileFormat;
using Waymark.Data.Entities;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Audit;

/// <summary>
/// The filters of the activity list and its CSV: <c>action</c> is a dotted name or a prefix of whole parts ("map"
/// matches map.created and map.deleted), <c>actor</c> an actor id, <c>from</c>/<c>to</c> ISO 8601 instants (from
/// included, to excluded), <c>before</c> the sequence to page below and <c>limit</c> the page size.
/// </summary>
public sealed record ActivityQuery
{
    [FromQuery(Name = "action")] public string? Action { get; init; }
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "before")] public long? Before { get; init; }
    [FromQuery(Name = "limit")] public int? Limit { get; init; }


    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The rows the filters keep, newest first, or the problems of the query string.</summary>
    public (IQueryable<AuditEventEntity>? Rows, IReadOnlyList<MapProblem> Problems) Apply(IQueryable<AuditEventEntity> rows, string workspaceId)
    {
        var (from, to, problems) = TimeRangeQuery.Parse(From, To);
        if (Limit is < 1 or > MaxLimit)
        {
            problems.Add(new MapProblem("limit", $"limit must be 1 to {MaxLimit}; {Limit} given"));
        }

        if (Before is < 1)
        {
            problems.Add(new MapProblem("before", "before is the sequence of a line (1 or more)"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        rows = rows.Where(r => r.WorkspaceId == workspaceId);
        var action = Action?.Trim().TrimEnd('.');
        if (!string.IsNullOrEmpty(action))
        {
            var below = action + ".";
            rows = rows.Where(r => r.Action == action || r.Action.StartsWith(below));
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            rows = rows.Where(r => r.ActorId == Actor);
        }

        if (from is { } f)
        {
            var start = f.UtcDateTime;
            rows = rows.Where(r => r.At >= start);
        }

        if (to is { } t)
        {
            var end = t.UtcDateTime;
            rows = rows.Where(r => r.At < end);
        }

        if (Before is { } before)
        {
            rows = rows.Where(r => r.Sequence < before);
        }

        return (rows.OrderByDescending(r => r.Sequence), problems);
    }
}
