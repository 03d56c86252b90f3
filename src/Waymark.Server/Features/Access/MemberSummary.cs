namespace Waymark.Server.Features.Access;

/// <summary>One member as others see them: the account's id, the name shown, the email (null for the local owner).</summary>
public sealed record MemberSummary(string UserId, string DisplayName, string? Email, WorkspaceRole Role);
