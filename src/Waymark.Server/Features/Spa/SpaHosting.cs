using Microsoft.Extensions.FileProviders;

namespace Waymark.Server.Features.Spa;

/// <summary>
/// Serves the built React front end: hashed assets cached for good, index.html revalidated on every load, and every
/// client-side route (a GET that wants HTML, outside /api and /openapi) answered with index.html so deep links work.
/// </summary>
public static class SpaHosting
{
    public static WebApplication UseWaymarkSpa(this WebApplication app)
    {
        var root = SpaRoot.Find(app.Configuration, app.Environment);
        if (root is null)
        {
            app.Logger.LogWarning("No built front end found (looked for index.html in {Candidates}); '/' explains how to build it.",
                string.Join(", ", SpaRoot.Candidates(app.Configuration, app.Environment)));
            app.Use(next => context => SpaFallback.IsNavigation(context)
                ? SpaHelpPage.WriteAsync(context)
                : next(context));
            return app;
        }

        app.Logger.LogInformation("Serving the front end from {Root}", root);
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = SpaCaching.Apply });
        app.Use(next => context => SpaFallback.IsNavigation(context)
            ? SpaFallback.WriteIndexAsync(context, files)
            : next(context));
        return app;
    }
}
