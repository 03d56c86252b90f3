namespace Waymark.Server.Features.Spa;

/// <summary>
/// Finds the folder holding the built front end (index.html + assets/). Spa:Root names it explicitly (relative to the
/// content root); otherwise the content root's wwwroot (a published app) or the wwwroot the build copied next to the
/// server's assembly (`dotnet run`, `dotnet build`, tests).
/// </summary>
internal static class SpaRoot
{
    public const string ConfigKey = "Spa:Root";

    public static string? Find(IConfiguration configuration, IWebHostEnvironment environment) =>
        Candidates(configuration, environment).FirstOrDefault(dir => File.Exists(Path.Combine(dir, "index.html")));

    public static IReadOnlyList<string> Candidates(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return [Path.GetFullPath(configured, environment.ContentRootPath)];
        }

        var contentWebRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, "wwwroot"));
        var besideAssembly = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return string.Equals(contentWebRoot, besideAssembly, StringComparison.Ordinal)
            ? [contentWebRoot]
            : [contentWebRoot, besideAssembly];
    }
}
