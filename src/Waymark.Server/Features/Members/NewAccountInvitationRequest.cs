namespace Waymark.Server.Features.Members;

/// <summary>Accepting an invitation as someone new: the link's token and the account to create.</summary>
public sealed record NewAccountInvitationRequest(string? Token, string? Email, string? Password, string? DisplayName);
