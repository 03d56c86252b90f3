namespace Waymark.Analytics.Insights;

/// <summary>The kinds of finding, in the order findings are listed.</summary>
public static class FindingKinds
{
    public const string Bottleneck = "bottleneck";
    public const string MomentOfTruth = "momentOfTruth";
    public const string PainPoint = "painPoint";
    public const string Pattern = "pattern";
    public const string Mismatch = "mismatch";

    public static IReadOnlyList<string> InOrder { get; } = [Bottleneck, MomentOfTruth, PainPoint, Pattern, Mismatch];
}
