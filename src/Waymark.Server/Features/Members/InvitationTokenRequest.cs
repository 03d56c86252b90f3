namespace Waymark.Server.Features.Members;

/// <summary>The token of an invitation link (the part after "#"), sent in a body so it never sits in a URL the server logs.</summary>
public sealed record InvitationTokenRequest(string? Token);
