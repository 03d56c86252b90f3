using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Wakes the dispatcher when this process committed new deliveries (a rule batch, due stall timers, a test send), so
/// they go out at once; the poll still finds other processes' deliveries and retries.
/// </summary>
public sealed class WebhookSignal : WakeSignal;
