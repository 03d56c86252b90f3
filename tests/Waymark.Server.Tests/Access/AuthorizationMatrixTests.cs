using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Waymark.Server.Tests.Routes;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// Walks <see cref="AuthorizationMatrix"/>: every route with every kind of caller, through the real sign-in (session
/// cookies and antiforgery), comparing what the access layer answered with the table. Rows run in table order, the
/// workspace's delete last; members are put back in their roles after each row (leave and remove take them out).
/// </summary>
public abstract class AuthorizationMatrixTests : IDisposable
{
    private readonly WaymarkFactory _factory;

    protected AuthorizationMatrixTests(string provider, string connectionString) =>
        _factory = new WaymarkFactory(provider, connectionString, Team.Settings());

    [Fact]
    public async Task EveryRoute_EachCaller_AnswersAsTheMatrixSays()
    {
        using var world = await MatrixWorld.CreateAsync(_factory, new Team(_factory));
        var endpoints = Endpoints();
        var wrong = new List<string>();

        foreach (var (route, expected) in AuthorizationMatrix.Rows)
        {
            Assert.True(endpoints.TryGetValue(route, out var endpoint), $"the matrix names {route}, which the app does not map");
            var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
            for (var i = 0; i < expected.Length; i++)
            {
                var actual = await MatrixProbe.SendAsync(world.Clients[i], endpoint, method, world);
                if (actual != expected[i])
                {
                    wrong.Add($"{route} as {AuthorizationMatrix.Callers[i]}: expected {expected[i]}, got {actual}");
                }
            }

            if (route.StartsWith("POST /api/account/sign-out", StringComparison.Ordinal))
            {
                await world.SignInAsync();
            }
            else if (route != "DELETE /api/workspaces/{workspaceId}")
            {
                await world.RestoreAsync();
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from the matrix:\n" + string.Join("\n", wrong));
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private Dictionary<string, RouteEndpoint> Endpoints()
    {
        var all = new Dictionary<string, RouteEndpoint>(StringComparer.Ordinal);
        foreach (var endpoint in EndpointList.All(_factory.Services))
        {
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                all[AuthorizationMatrix.Key(method, endpoint.RoutePattern.RawText!.TrimEnd('/'))] = endpoint;
            }
        }

        return all;
    }
}
