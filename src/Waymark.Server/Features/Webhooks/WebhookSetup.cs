namespace Waymark.Server.Features.Webhooks;

public static class WebhookSetup
{
    /// <summary>Webhook options (validated at start), secrets, the sender and the dispatcher that sends the outbox.</summary>
    public static WebApplicationBuilder AddWaymarkWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .Bind(builder.Configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.IsValid(),
                "Webhooks: PollSeconds (to 3600), TimeoutSeconds (to 300), MaxConcurrent (to 256), BatchSize (to 10,000), RetryHours, DisableAfterFailures and MaxEndpointsPerWorkspace " +
                "must be positive, LeaseSeconds more than TimeoutSeconds, RetrySeconds a comma-separated list of waits of 0 or more seconds, DefaultOverlapHours 0 to 720.")
            .ValidateOnStart();
        builder.Services.AddDataProtection();
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<WebhookEndpointHealth>();
        builder.Services.AddSingleton<WebhookAttempts>();
        builder.Services.AddSingleton<WebhookSignal>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
