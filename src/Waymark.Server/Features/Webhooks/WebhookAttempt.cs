namespace Waymark.Server.Features.Webhooks;

/// <summary>What one POST to a receiver came to: its status (null when no answer came), the start of its body as text, or why it failed.</summary>
internal sealed record WebhookAttempt(int? Status, string? Response, string? Error, int DurationMs)
{
    public bool Delivered => Status is >= 200 and < 300;

    public bool Gone => Status == 410;

    public string Outcome => Status is { } s ? $"HTTP {s}" : Error ?? "no answer";
}
