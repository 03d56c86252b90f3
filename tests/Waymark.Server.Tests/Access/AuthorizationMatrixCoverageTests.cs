using System.Text.Json;
using Waymark.Server.Tests.Routes;
using Waymark.Testing;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// The authorization matrix names every API route: each route the app maps and each path of the committed OpenAPI
/// document has its row, and no row names a route that is gone.
/// </summary>
public sealed class AuthorizationMatrixCoverageTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    [Fact]
    public void Matrix_EveryMappedRoute_HasARow()
    {
        var missing = MatrixRoutes.Mapped(_factory.Services).Where(r => !Rows.Contains(r)).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(r => $"add an entry for {r} to AuthorizationMatrix")));
    }

    [Fact]
    public void Matrix_EveryPathOfTheOpenApiDocument_HasARow()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("web", "src", "api", "openapi.json")));
        var routes = from path in document.RootElement.GetProperty("paths").EnumerateObject()
                     from operation in path.Value.EnumerateObject()
                     select AuthorizationMatrix.Key(operation.Name.ToUpperInvariant(), path.Name);

        var missing = routes.Where(r => !Rows.Contains(r)).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(r => $"add an entry for {r} to AuthorizationMatrix")));
    }

    [Fact]
    public void Matrix_EveryRow_IsAMappedRoute()
    {
        var mapped = MatrixRoutes.Mapped(_factory.Services).ToHashSet(StringComparer.Ordinal);

        var stale = Rows.Where(r => !mapped.Contains(r)).ToList();

        Assert.True(stale.Count == 0, string.Join("\n", stale.Select(r => $"the matrix names {r}, which the app no longer maps: remove the row")));
    }

    public void Dispose() => _factory.Dispose();

    private static HashSet<string> Rows => AuthorizationMatrix.Rows.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);
}
