namespace Waymark.Server.Features.Access;

/// <summary>
/// The workspace's append-only record of who did what (sign-ins, role changes, share links, maps created, deleted and
/// restored, keys, imports). Callers record after their change is saved; a record never fails the change it follows.
/// </summary>
public interface IAuditTrail
{
    public Task RecordAsync(AuditEntry entry, CancellationToken ct);
}
