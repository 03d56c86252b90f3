namespace Waymark.Core.Maps;

/// <summary>
/// An image cell's picture: a web address or an image stored in the workspace (<see cref="StoredImage"/>), and its
/// alt text; an empty alt marks the image as decorative (as in HTML), a missing one is an error.
/// </summary>
public sealed class ImageRef
{
    public string Url { get; set; } = "";
    public string Alt { get; set; } = "";
}
