namespace Waymark.Bench;

/// <summary>A benchmark dataset and the analysis parameters used on it.</summary>
public sealed record Dataset(
    string Name,
    string Source,
    bool Generated,
    string[] FunnelSteps,
    TimeSpan? FunnelWindow,
    string PathsFrom,
    int PathsDepth)
{
    public const int VariantsTop = 10;
}
