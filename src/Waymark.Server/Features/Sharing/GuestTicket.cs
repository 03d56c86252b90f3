namespace Waymark.Server.Features.Sharing;

/// <summary>
/// What the guest cookie holds, data-protected (so it can be neither read nor forged): the link opened, the guest's own
/// id (votes and comments are theirs) and the name they gave. Nothing in it grants access by itself: the link is
/// looked up on every request, so a revoked or expired link stops working at once.
/// </summary>
internal sealed record GuestTicket(string LinkId, string GuestId, string Name);
