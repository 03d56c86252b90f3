namespace Waymark.Server.Features.Rules;

/// <summary>A rule's firings: in all, in the last 24 hours, and the last one.</summary>
internal sealed record RuleCounts(int Total, int Last24h, DateTime? LastFiredAt)
{
    public static RuleCounts None { get; } = new(0, 0, null);
}
