namespace Waymark.Core.Maps;

/// <summary>
/// An image stored in the workspace, as a map or persona refers to it where a web address can also stand (a photo,
/// an image cell): "image:" and the SHA-256 of its bytes in lowercase hex. The file stays self-describing (the
/// reference says where the bytes live) and a web address keeps working beside it.
/// </summary>
public static class StoredImage
{
    public const string Prefix = "image:";

    /// <summary>64 lowercase hex digits: the only ids the server stores, so nothing else reaches a query or a path.</summary>
    public static bool IsId(string? id) =>
        id is { Length: 64 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string Ref(string id) => Prefix + id;

    /// <summary>The image id of an "image:…" reference; null for anything else (a web address).</summary>
    public static string? IdOf(string? url) =>
        url is not null && url.StartsWith(Prefix, StringComparison.Ordinal) && IsId(url[Prefix.Length..]) ? url[Prefix.Length..] : null;
}
