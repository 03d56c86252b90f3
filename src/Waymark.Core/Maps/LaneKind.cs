namespace Waymark.Core.Maps;

public enum LaneKind
{
    Actions,
    Touchpoints,
    Channels,
    Thoughts,
    Feelings,
    EmotionCurve,
    PainPoints,
    Ideas,
    MomentsOfTruth,
    Frontstage,
    Backstage,
    SupportProcesses,
    Kpis,
    Questions,
    Images,
    Owners,
    Text,
    Data,
}
