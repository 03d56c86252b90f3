namespace Waymark.Core.FileFormat;

/// <summary>Hard limits on one map document; larger ones are refused with a clear problem.</summary>
public static class MapLimits
{
    public const int MaxDocumentBytes = 5 * 1024 * 1024;
    public const int MaxSteps = 2000;
}
