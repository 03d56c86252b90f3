using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Server.Tests;

/// <summary>
/// Bodies and query values the framework binds (new maps, copies, workspaces, API keys, drafts, list limits): a body
/// that is not JSON, holds the wrong type or text that is not text, and a query value of the wrong type, answer 400
/// naming the member, parameter or line, never 500 and never a bare 400.
/// </summary>
public sealed class RequestBindingTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());
    private readonly HttpClient _http;

    public RequestBindingTests() => _http = _factory.CreateClient();

    [Theory]
    [InlineData("""{"name":"\ud800"}""", "$.name")]
    [InlineData("""{"name":"a\udc00b","kind":"currentState"}""", "$.name")]
    [InlineData("""{"name":5}""", "$.name")]
    [InlineData("""{"templateId":["saas-trial"]}""", "$.templateId")]
    [InlineData("""{"name":"x",""", "$")]
    [InlineData("""[1]""", "$")]
    public async Task CreateMap_BodyNotBindable_400NamesWhere(string body, string path)
    {
        using var response = await PostAsync($"/api/workspaces/{ApiClient.Workspace}/maps", Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), path));
    }

    [Fact]
    public async Task CreateMap_InvalidUtf8InAString_400NamesTheMember()
    {
        using var response = await PostAsync($"/api/workspaces/{ApiClient.Workspace}/maps", [.. "{\"name\":\"a"u8, 0xC3, 0x28, .. "\"}"u8]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "$.name"));
    }

    [Fact]
    public async Task MalformedBody_OtherBoundEndpoints_400NamesTheLine()
    {
        var body = Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  oops\n}");
        var maps = await _http.GetStringAsync($"/api/workspaces/{ApiClient.Workspace}/maps");
        var mapId = System.Text.Json.JsonDocument.Parse(maps).RootElement[0].GetProperty("id").GetString();

        foreach (var url in new[] { "/api/workspaces", $"/api/workspaces/{ApiClient.Workspace}/api-keys", $"/api/workspaces/{ApiClient.Workspace}/maps/{mapId}/duplicate" })
        {
            using var response = await PostAsync(url, body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "$"), e => e.StartsWith("line 3:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task QueryValue_NotANumber_400NamesTheParameter()
    {
        using var response = await _http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/feedback?limit=many");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "limit"));
    }

    /// <summary>
    /// Every route with an optional number or flag in its query (limit, before, seq, top, complete, ...): a value
    /// that does not parse answers 400 naming that parameter. The generated binders answered a bare 400 here.
    /// </summary>
    [Fact]
    public async Task EveryParsedQueryValue_NotParsable_400NamesTheParameter()
    {
        var checkedValues = 0;
        foreach (var endpoint in _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault();
            foreach (var binding in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>().Where(b => b.HasTryParse))
            {
                var name = binding.ParameterInfo.GetCustomAttribute<FromQueryAttribute>()?.Name ?? binding.Name;
                if (method is null || endpoint.RoutePattern.Parameters.Any(p => p.Name == name))
                {
                    continue;
                }

                var path = string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { Name: "workspaceId" } => ApiClient.Workspace,
                    RoutePatternParameterPart parameter => "unknown-" + parameter.Name,
                    _ => "",
                }))));
                using var request = new HttpRequestMessage(new HttpMethod(method), $"/{path}?{name}=not-a-{name}");
                using var response = await _http.SendAsync(request);

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} /{endpoint.RoutePattern.RawText} ?{name}=not-a-{name}: {(int)response.StatusCode}");
                Assert.Contains(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), name), e => e.Contains($"not-a-{name}", StringComparison.Ordinal));
                checkedValues++;
            }
        }

        Assert.True(checkedValues >= 10, $"only {checkedValues} parsed query values found");
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return _http.PostAsync(url, content);
    }
}
