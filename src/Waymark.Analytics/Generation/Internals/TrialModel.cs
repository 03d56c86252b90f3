namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// The trial journey (the demo workspace's): the activities the "SaaS free trial to paid" template binds its steps to,
/// in the map's order, with how many customers carry on, how long they tend to take, and where they happen. The
/// chances are set so the overlay has a story to tell: e-mail verification makes people wait, data import loses
/// many, and referred teams convert better than those who came from display ads.
/// </summary>
internal static class TrialModel
{
    /// <summary>One step of the designed journey: its events in order, the chance to reach it from the previous
    /// step, the median wait before it, and the channel it happens on.</summary>
    public sealed record Step(string[] Activities, double Continue, double MedianWaitSeconds, string Channel, double SkipChance = 0, string? Properties = null);

    public static readonly Step[] Steps =
    [
        new(["landing_page_viewed"], 1.0, 0, "web"),
        new(["pricing_viewed"], 0.76, 150, "web"),
        new(["signup_started", "signup_completed"], 0.64, 240, "web"),
        new(["email_verified"], 0.9, 2_400, "email"),
        new(["onboarding_started", "template_selected"], 0.93, 90, "web"),
        new(["data_imported"], 0.58, 1_500, "web"),
        new(["project_created"], 0.9, 900, "web"),
        new(["teammate_invited"], 0.7, 14_400, "web"),
        new(["task_updated", "comment_added"], 0.92, 86_400, "web"),
        new(["integration_connected"], 0.8, 129_600, "web", Properties: """{"integration":"chat"}"""),
        new(["trial_reminder_opened"], 0.88, 518_400, "email"),
        new(["quote_downloaded"], 0.78, 86_400, "web"),
        new(["checkout_started", "subscription_started"], 0.72, 172_800, "web"),
    ];

    /// <summary>Things customers do that the map has no step for (the overlay's hidden journeys), with the chance
    /// per customer and the step after which they tend to happen.</summary>
    public static readonly (string Activity, double Chance, int AfterStep, string Channel)[] Detours =
    [
        ("help_article_viewed", 0.22, 5, "web"),
        ("support_chat_started", 0.09, 5, "chat"),
        ("password_reset_requested", 0.05, 3, "email"),
        ("mobile_app_installed", 0.12, 8, "app"),
        ("calendar_connected", 0.18, 8, "web"),
    ];

    /// <summary>Acquisition channels with their weight and how much better (or worse) those customers carry on.</summary>
    public static readonly (string Channel, int Weight, double Lift)[] Acquisition =
    [
        ("search", 34, 1.0), ("social", 18, 0.93), ("display", 14, 0.84), ("referral", 14, 1.1),
        ("email", 10, 1.04), ("direct", 10, 1.02),
    ];

    public static readonly string[] CompanySizes = ["1-19", "20-49", "50-199", "200-999"];

    public static readonly string[] Regions = ["north-america", "europe", "europe", "asia-pacific", "latin-america"];

    public static readonly string[] Plans = ["team", "team", "team", "business"];
}
