namespace Waymark.Server.Features.Rules;

/// <summary>The bounds a rule is checked against (docs/adr/054-journey-rules.md).</summary>
internal static class RuleLimits
{
    public const int MaxName = 120;
    public const int MaxText = 200;
    public const int MaxFilters = 20;
    public const int MaxEndpoints = 10;
    public const long MinWithinSeconds = 60;
    public const long MaxWithinSeconds = 31_536_000;
    public const int MaxPerDay = 10_000;
    public const int MaxRulesPerMap = 100;
}
