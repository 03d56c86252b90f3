namespace Waymark.Server;

/// <summary>Builds the Waymark web application; used by Program.cs and by `waymark serve`.</summary>
public static class WaymarkApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
