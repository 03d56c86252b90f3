namespace Waymark.Server.Features.Explore.Paths;

/// <summary>The paths view's settings once read: direction, columns, activities kept per column, repeats collapsed.</summary>
public sealed record ExplorePathsSettings(bool Backward, int Depth, int Width, bool Collapse)
{
    public const int MinDepth = 2;
    public const int MaxDepth = 10;
    public const int DefaultDepth = 5;
    public const int MinWidth = 1;
    public const int MaxWidth = 20;
    public const int DefaultWidth = 6;

    /// <summary>Complete paths listed per series.</summary>
    public const int TopPaths = 20;
}
