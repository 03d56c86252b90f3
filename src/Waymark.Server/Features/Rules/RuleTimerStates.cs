namespace Waymark.Server.Features.Rules;

/// <summary>A stall timer's states: armed (waiting for its deadline), cancelled (step B came in time, or the rule changed), fired.</summary>
internal static class RuleTimerStates
{
    public const string Armed = "armed";
    public const string Cancelled = "cancelled";
    public const string Fired = "fired";
}
