using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Audit;

public static class AuditTrailExtensions
{
    /// <summary>
    /// Records what the request's caller (found by the workspace filter) did, after the change is saved. The write
    /// never fails the request (<see cref="DbAuditTrail"/> logs a line it could not write).
    /// </summary>
    public static Task RecordAsync(this IAuditTrail audit, HttpContext http, string workspaceId, string action, string? target, string? detail)
        => audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, action, target, detail), http.RequestAborted);
}
