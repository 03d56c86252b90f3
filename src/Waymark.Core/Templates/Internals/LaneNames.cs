using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>Default titles and id slugs for lanes, so templates only name a lane when they mean something else.</summary>
internal static class LaneNames
{
    public static string Title(LaneKind kind) => kind switch
    {
        LaneKind.Actions => "Customer actions",
        LaneKind.Touchpoints => "Touchpoints",
        LaneKind.Channels => "Channels",
        LaneKind.Thoughts => "Thinking",
        LaneKind.Feelings => "Feeling",
        LaneKind.EmotionCurve => "Emotion curve",
        LaneKind.PainPoints => "Pain points",
        LaneKind.Ideas => "Ideas",
        LaneKind.MomentsOfTruth => "Moments of truth",
        LaneKind.Frontstage => "Frontstage",
        LaneKind.Backstage => "Backstage",
        LaneKind.SupportProcesses => "Support processes",
        LaneKind.Kpis => "KPIs",
        LaneKind.Questions => "Open questions",
        LaneKind.Images => "Images",
        LaneKind.Owners => "Owners",
        LaneKind.Data => "Data",
        _ => "Notes",
    };

    public static string Slug(LaneKind kind) => kind switch
    {
        LaneKind.EmotionCurve => "emotion",
        LaneKind.PainPoints => "pain-points",
        LaneKind.MomentsOfTruth => "moments-of-truth",
        LaneKind.SupportProcesses => "support",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"lane-thoughts", or "lane-thoughts-founder" for a persona lane of persona "per-founder".</summary>
    public static string Id(LaneKind kind, string? personaId) =>
        personaId is null ? $"lane-{Slug(kind)}" : $"lane-{Slug(kind)}-{Strip(personaId, "per-")}";

    public static string Strip(string id, string prefix) =>
        id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : id;
}
