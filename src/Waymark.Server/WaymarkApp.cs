using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Attribution;
using Waymark.Server.Features.ApiKeys;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Collab;
using Waymark.Server.Features.Comments;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Customers;
using Waymark.Server.Features.Demo;
using Waymark.Server.Features.Diff;
using Waymark.Server.Features.Drafts;
using Waymark.Server.Features.Events;
using Waymark.Server.Features.Explore.Attributes;
using Waymark.Server.Features.Explore.Funnels;
using Waymark.Server.Features.Explore.Paths;
using Waymark.Server.Features.Explore.Process;
using Waymark.Server.Features.Explore.Retention;
using Waymark.Server.Features.Explore.Trends;
using Waymark.Server.Features.Explorer;
using Waymark.Server.Features.Feedback;
using Waymark.Server.Features.Health;
using Waymark.Server.Features.History;
using Waymark.Server.Features.Images;
using Waymark.Server.Features.Imports;
using Waymark.Server.Features.Ingest;
using Waymark.Server.Features.Insights;
using Waymark.Server.Features.Mail;
using Waymark.Server.Features.MapFeedback;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Members;
using Waymark.Server.Features.Overlay;
using Waymark.Server.Features.Paths;
using Waymark.Server.Features.Personas;
using Waymark.Server.Features.Reports;
using Waymark.Server.Features.Reviews;
using Waymark.Server.Features.Rules;
using Waymark.Server.Features.ScaleOut;
using Waymark.Server.Features.Security;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sharing;
using Waymark.Server.Features.Sources;
using Waymark.Server.Features.Spa;
using Waymark.Server.Features.Templates;
using Waymark.Server.Features.Topics;
using Waymark.Server.Features.Uploads;
using Waymark.Server.Features.Votes;
using Waymark.Server.Features.Webhooks;
using Waymark.Server.Features.WhatIf;
using Waymark.Server.Features.Workspaces;

namespace Waymark.Server;

/// <summary>Builds the Waymark web application; used by Program.cs, by `waymark serve` and by the tests.</summary>
public static class WaymarkApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o => o.ConnectionString = builder.Configuration.GetConnectionString("Waymark") ?? o.ConnectionString)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                "No database connection string: set ConnectionStrings:Waymark (or Database:ConnectionString).")
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !o.ConnectionString.StartsWith("Data Source", StringComparison.OrdinalIgnoreCase),
                "Database:Provider is Postgres but no PostgreSQL connection string is set (ConnectionStrings:Waymark).")
            .ValidateOnStart();
        builder.Services.AddScoped(sp => WaymarkContextFactory.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddOptions<EventStoreOptions>()
            .Bind(builder.Configuration.GetSection(EventStoreOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EventStoreOptions>, EventStoreOptionsValidation>();
        builder.Services.AddSingleton(sp => EventStoreFactory.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<EventStoreOptions>>().Value));
        builder.Services.AddSingleton(sp => FeedbackStoreFactory.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<EventStoreOptions>>().Value));
        builder.Services.AddSingleton<EventLogSnapshots>();
        builder.Services.AddSingleton<EventLogCache>();
        builder.Services.AddSingleton<FeedbackCache>();
        builder.Services.AddSingleton<PlacementCache>();
        builder.Services.AddSingleton<FeedbackTagCache>();
        builder.Services.AddScoped<ExplorerResolver>();
        builder.Services.AddOptions<IngestOptions>()
            .Bind(builder.Configuration.GetSection(IngestOptions.Section))
            .Validate(o => o.IsValid(),
                "Ingest: MaxBodyBytes (up to 2 GB), Burst, RequestsPerSecond, FailedKeyBurst (up to 1,000,000) and FailedKeysPerMinute (up to 600,000) must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IngestRateLimiter>();
        builder.Services.AddOptions<UploadOptions>()
            .Bind(builder.Configuration.GetSection(UploadOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxTextBytes > 0 && o.MaxRows > 0 && o.MaxPreviewBytes > 0,
                "Imports: MaxUploadBytes, MaxTextBytes, MaxRows and MaxPreviewBytes must be positive.")
            .Validate(o => o.MaxCompressionRatio >= 1 && o.MaxConcurrentUploads > 0 && o.UploadWaitSeconds is >= 0 and <= 3600,
                "Imports: MaxCompressionRatio must be 1 or more, MaxConcurrentUploads positive, UploadWaitSeconds 0 to 3600.")
            .ValidateOnStart();
        builder.Services.AddSingleton<UploadGate>();
        builder.Services.AddOptions<AnalysisOptions>()
            .Bind(builder.Configuration.GetSection(AnalysisOptions.Section))
            .Validate(o => o.MaxBoundSteps > 0 && o.MaxBoundActivities > 0 && o.MaxPathTransitions > 0 && o.MaxConcurrent >= 0 && o.Threads >= 0,
                "Analysis: MaxBoundSteps, MaxBoundActivities and MaxPathTransitions must be positive; MaxConcurrent and Threads 0 (automatic) or more.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AnalysisGate>();
        builder.Services.AddSingleton<PushdownFallbacks>();
        builder.Services.AddSingleton<SourceAnalyses>();
        builder.Services.AddOptions<ImageOptions>()
            .Bind(builder.Configuration.GetSection(ImageOptions.Section))
            .Validate(o => o.MaxBytes is > 0 and <= 50 * 1024 * 1024, "Images: MaxBytes must be 1 byte to 50 MB.")
            .ValidateOnStart();
        builder.AddWaymarkAccounts(); // IWorkspaceAccess and IMemberDirectory, by Auth:Accounts
        builder.AddWaymarkMail();
        builder.Services.AddSharing(builder.Configuration); // wraps the IWorkspaceAccess above: keep it after
        builder.Services.AddSingleton<IAuditTrail, DbAuditTrail>();
        builder.AddWaymarkScaleOut(); // presence store; SignalR's Redis backplane when Collab:Redis is set
        builder.Services.AddOptions<InvitationOptions>()
            .Bind(builder.Configuration.GetSection(InvitationOptions.Section))
            .Validate(o => o.IsValid(), "Invitations: DefaultDays must be positive and at most MaxDays (up to 365); Burst and PerMinute positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IngestActivity>();
        builder.Services.AddHostedService<IngestActivityFlusher>();
        builder.Services.AddHostedService<EngineWarmUpService>();
        builder.Services.AddCollab();
        builder.AddWaymarkWebhooks();
        builder.AddWaymarkRules();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(ApiDocument.Configure);
        builder.AddLocalServerSafety();
        builder.AddReverseProxy(); // X-Forwarded-* from Proxy:KnownProxies/KnownNetworks only, first in the pipeline
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64L * 1024 * 1024);
    }

    public static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        // A bad request body is the client's fault: answered with its path by BadRequestHandler, not logged as a crash.
        app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException });
        app.UseStatusCodePages();
        app.UseUnparsedValueNames();
        app.UseHostGuard();
        app.UseCrossSiteGuards();
        app.UseWaymarkAccounts();
        app.UseWaymarkSpa();
        app.MapOpenApi();
        app.MapHealth();
        app.MapAccount();
        app.MapWorkspaces();
        app.MapTemplates();
        app.MapIngest();
        app.MapInvitationLinks();
        app.MapShareOpen();
        MapWorkspaceFeatures(app.MapWorkspaceRoutes());
        app.MapCollab();
        PrepareDatabase(app);
    }

    /// <summary>Every route under /api/workspaces/{workspaceId}: mapped on the one group whose filter finds the workspace.</summary>
    private static void MapWorkspaceFeatures(RouteGroupBuilder workspace)
    {
        workspace.MapWorkspace();
        workspace.MapMaps();
        workspace.MapReviews();
        workspace.MapMapCopies();
        workspace.MapMapFiles();
        workspace.MapMapDiff();
        workspace.MapMapHistory();
        workspace.MapMapReport();
        workspace.MapPersonas();
        workspace.MapApiKeys();
        workspace.MapSources();
        workspace.MapMapSource();
        workspace.MapImports();
        workspace.MapFeedback();
        workspace.MapFeedbackExplorer();
        workspace.MapEventSummary();
        workspace.MapActivities();
        workspace.MapPaths();
        workspace.MapExplorePaths();
        workspace.MapExploreProcess();
        workspace.MapCustomers();
        workspace.MapDrafts();
        workspace.MapSegments();
        workspace.MapSegmentPreview();
        workspace.MapImages();
        workspace.MapOverlay();
        workspace.MapExploreFunnel();
        workspace.MapStepFeedback();
        workspace.MapStepFeedbackTags();
        workspace.MapInsights();
        workspace.MapMembers();
        workspace.MapInvitations();
        workspace.MapAuditActivity();
        workspace.MapComments();
        workspace.MapShareLinks();
        workspace.MapVotes();
        workspace.MapTopics();
        workspace.MapExploreRetention();
        workspace.MapExploreTrends();
        workspace.MapExploreAttributes();
        workspace.MapAttribution();
        workspace.MapWhatIf();
        workspace.MapWebhooks();
        workspace.MapWebhookChoices();
        workspace.MapRules();
    }

    /// <summary>
    /// Applies migrations (and ClickHouse's schema when events live there: pushdown queries its tables before any event
    /// is stored) and seeds the demo workspace before the first request.
    /// </summary>
    private static void PrepareDatabase(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.Database.Migrate();
        if (scope.ServiceProvider.GetRequiredService<IEventStore>() is ClickHouseEventStore clickHouse)
        {
            clickHouse.PrepareAsync().GetAwaiter().GetResult();
        }

        if (app.Configuration.GetValue("Demo:Seed", defaultValue: true))
        {
            var withData = app.Configuration.GetValue("Demo:Events", defaultValue: true);
            var events = withData ? scope.ServiceProvider.GetRequiredService<IEventStore>() : null;
            var feedback = withData ? scope.ServiceProvider.GetRequiredService<IFeedbackStore>() : null;
            DemoSeeder.SeedAsync(db, events, feedback, CancellationToken.None).GetAwaiter().GetResult();
        }

        FirstStartOwner.Prepare(app, scope.ServiceProvider); // after the demo, whose workspace the first owner owns
    }
}
