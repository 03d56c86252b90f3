namespace Waymark.Server.Features.Webhooks;

/// <summary>How long the old secret keeps signing beside the new one (hours, 0 to 720; default Webhooks:DefaultOverlapHours).</summary>
public sealed record RotateSecretRequest(double? OverlapHours = null);
