namespace Waymark.Server.Features.Sharing;

/// <summary>
/// A link just created. <see cref="Token"/> is its secret, shown this once and stored only as a hash: the link to
/// hand out is <see cref="Path"/> ("/s/{token}") on the server's address.
/// </summary>
public sealed record CreatedShareLink(ShareLinkDto Link, string Token, string Path);
