using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Audit;

/// <summary>
/// Writes audit lines in a context of their own, so a line never saves (or is lost with) whatever else the request's
/// context tracks. A line that cannot be written is logged as an error and does not undo the change it follows: the
/// change is already saved, and refusing it after the fact would tell the caller something false.
/// </summary>
internal sealed partial class DbAuditTrail(IOptions<DatabaseOptions> options, ILogger<DbAuditTrail> logger) : IAuditTrail
{
    private const int MaxDetail = 2000;
    private const int MaxName = 200;

    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await using var db = WaymarkContextFactory.Create(options.Value);
            db.AuditEvents.Add(new AuditEventEntity
            {
                WorkspaceId = entry.WorkspaceId,
                ActorId = AuditText.Clean(entry.ActorId, MaxName),
                ActorName = AuditText.Clean(entry.ActorName, MaxName) ?? "",
                Action = entry.Action,
                Target = AuditText.Clean(entry.Target, MaxName),
                Detail = AuditText.Clean(entry.Detail, MaxDetail),
                At = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(CancellationToken.None); // the change it follows is saved: record it even if the caller left
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogNotRecorded(logger, e, entry.Action, entry.WorkspaceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit line {Action} of workspace {WorkspaceId} was not recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception error, string action, string? workspaceId);
}
