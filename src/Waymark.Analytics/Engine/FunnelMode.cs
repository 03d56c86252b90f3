namespace Waymark.Analytics.Engine;

/// <summary>How funnel steps must follow each other.</summary>
public enum FunnelMode
{
    /// <summary>Steps in order; other events may come between.</summary>
    Ordered,

    /// <summary>Steps in order and consecutive: the next event must be the next step.</summary>
    Strict,

    /// <summary>Steps in any order; a step counts once all steps up to it are done.</summary>
    AnyOrder,
}
