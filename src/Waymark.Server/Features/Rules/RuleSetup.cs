namespace Waymark.Server.Features.Rules;

public static class RuleSetup
{
    /// <summary>Rule options (validated at start), the ingestion signal and the evaluator (events, feedback, stall timers).</summary>
    public static WebApplicationBuilder AddWaymarkRules(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RuleOptions>()
            .Bind(builder.Configuration.GetSection(RuleOptions.Section))
            .Validate(o => o.IsValid(), "Rules: PollSeconds and SweepSeconds must be above 0 and at most 3600, BatchSize 1 to 100,000, LeaseSeconds above 0 and at most 3600.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RuleSignal>();
        builder.Services.AddSingleton<RuleEventBatches>();
        builder.Services.AddSingleton<RuleFeedbackBatches>();
        builder.Services.AddSingleton<RuleTimerSweeper>();
        builder.Services.AddHostedService<RuleEvaluator>();
        return builder;
    }
}
