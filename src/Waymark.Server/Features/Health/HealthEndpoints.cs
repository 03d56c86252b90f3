using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", Get).WithTags("Health").WithName("GetHealth").WithSummary("Whether the server is up.");
        return app;
    }

    public static Ok<HealthStatus> Get() => TypedResults.Ok(new HealthStatus("ok"));
}
