namespace Waymark.Server.Features.Collab;

/// <summary>The answer to Send: one result per op, in the order sent.</summary>
public sealed record SendResponse(IReadOnlyList<SendResult> Results);
