namespace Waymark.Core.Maps;

public sealed class ImageRef
{
    public string Url { get; set; } = "";
    public string Alt { get; set; } = "";
}
