namespace Waymark.Server.Features.Members;

/// <summary>A member as the API shows them; role is owner, editor, commenter or viewer.</summary>
public sealed record MemberDto(string UserId, string DisplayName, string? Email, string Role);
