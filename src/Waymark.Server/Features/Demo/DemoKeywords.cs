using Waymark.Core.Maps;

namespace Waymark.Server.Features.Demo;

/// <summary>
/// Keyword aliases for the demo's trial map, so reviews and posts without a customer id (which no event can place)
/// land on the step they talk about.
/// </summary>
internal static class DemoKeywords
{
    private static readonly (string Activity, string[] Keywords)[] ByActivity =
    [
        ("email_verified", ["verification email", "verification", "confirmation email", "activation email"]),
        ("template_selected", ["template", "templates", "onboarding"]),
        ("data_imported", ["import", "importer", "spreadsheet", "csv", "excel"]),
        ("teammate_invited", ["invite", "invitation", "seat"]),
        ("integration_connected", ["slack", "integration", "teams integration"]),
        ("subscription_started", ["checkout", "upgraded", "refund"]),
    ];

    /// <summary>Sets the keywords on the steps bound to those activities.</summary>
    public static void Apply(JourneyMap map)
    {
        foreach (var step in map.AllSteps())
        {
            foreach (var (activity, keywords) in ByActivity)
            {
                if (step.Binding is { } binding && binding.Activities.Contains(activity))
                {
                    binding.Keywords = [.. keywords];
                }
            }
        }
    }
}
