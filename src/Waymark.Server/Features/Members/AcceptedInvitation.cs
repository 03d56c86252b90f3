using Waymark.Server.Features.Accounts;

namespace Waymark.Server.Features.Members;

/// <summary>
/// The workspace just joined and the role in it. <see cref="Account"/> is set when accepting also created the account
/// and signed it in (its antiforgery token is for the new session).
/// </summary>
public sealed record AcceptedInvitation(string WorkspaceId, string WorkspaceName, string Role, AccountDto? Account);
