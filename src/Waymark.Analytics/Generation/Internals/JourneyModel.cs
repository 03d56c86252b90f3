namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// The synthetic journey: a Markov chain over activities grouped in stages (awareness, consideration, decision,
/// onboarding, retention) with branches, loops and drop-off (the weight left over to 1 ends the journey). Each
/// activity has the channels it happens on and how long after the previous event it tends to come.
/// </summary>
internal static class JourneyModel
{
    public const int SawAd = 0;
    public const int VisitedHomepage = 1;
    public const int PaymentFailed = 8;
    public const int SignupCompleted = 9;
    public const int ContactedSupport = 13;
    public const int Cancelled = 15;

    public static readonly string[] Activities =
    [
        "Saw ad", "Visited homepage", "Viewed product", "Read reviews", "Compared plans", "Started chat",
        "Started signup", "Entered payment details", "Payment failed", "Signup completed", "Completed onboarding",
        "Invited teammate", "Used key feature", "Contacted support", "Renewed subscription", "Cancelled subscription",
    ];

    public static readonly string[][] Channels =
    [
        ["social", "search", "display"], ["web", "web", "app"], ["web", "app"], ["web"], ["web"], ["chat"],
        ["web", "app"], ["web", "app"], ["web", "app"], ["web", "app"], ["app", "web"],
        ["app", "email"], ["app", "app", "web"], ["phone", "chat", "email"], ["email", "web"], ["web", "phone"],
    ];

    /// <summary>Median delay before each activity, in seconds (log-normal around it).</summary>
    public static readonly double[] MedianDelaySeconds =
    [
        0, 3_600, 90, 120, 150, 60, 240, 120, 20, 60, 86_400, 172_800, 259_200, 345_600, 2_592_000, 604_800,
    ];

    /// <summary>Next activity and weight; what is left to 1.0 is the chance the journey ends here.</summary>
    public static readonly (int Next, double Weight)[][] Transitions =
    [
        [(1, 0.75)],
        [(2, 0.62), (4, 0.18)],
        [(3, 0.25), (4, 0.20), (2, 0.14), (6, 0.20), (5, 0.06)],
        [(2, 0.45), (6, 0.25)],
        [(6, 0.40), (5, 0.10), (2, 0.25)],
        [(6, 0.45), (2, 0.25)],
        [(7, 0.75)],
        [(9, 0.80), (8, 0.20)],
        [(7, 0.60), (13, 0.15)],
        [(10, 0.75), (12, 0.15)],
        [(12, 0.65), (11, 0.25)],
        [(12, 0.85)],
        [(12, 0.55), (13, 0.10), (14, 0.15), (15, 0.07)],
        [(12, 0.60), (15, 0.20)],
        [(12, 0.70)],
        [],
    ];

    public static readonly string[] Plans = ["free", "free", "free", "free", "basic", "basic", "pro", "pro", "pro", "enterprise"];

    public static readonly string[] Regions = ["north-america", "north-america", "europe", "europe", "europe", "asia-pacific", "latin-america"];

    public static readonly string[] Acquisition = ["search", "search", "social", "display", "referral", "email", "direct"];
}
