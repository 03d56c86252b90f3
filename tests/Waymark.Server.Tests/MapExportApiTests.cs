using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Waymark.Server.Tests;

/// <summary>
/// The export route's drawn and tabled formats through the real pipeline (SQLite: the route reads one document,
/// the provider makes no difference here; the renderer's own tests check the files in depth).
/// </summary>
public sealed class MapExportApiTests() : ApiTests("Sqlite", TempSqlite.NewMigratedConnectionString())
{
    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF-")]
    [InlineData("svg", "image/svg+xml", "<?xml")]
    [InlineData("png", "image/png", "\u0089PNG")]
    [InlineData("csv", "text/csv", "\uFEFFstage,step")]
    [InlineData("md", "text/markdown", "# ")]
    public async Task Export_RenderedFormat_AnswersFileOfThatType(string format, string contentType, string start)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http, "service-blueprint");

        using var response = await Http.GetAsync(ApiClient.MapUrl(id) + "/export?format=" + format + "&scale=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(start, Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 16)).Replace("ï»¿", "\uFEFF", StringComparison.Ordinal));
        Assert.EndsWith("." + format, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_JsonAndNoFormat_AnswerTheStoredDocumentUnchanged()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http, "service-blueprint");

        var plain = await Http.GetByteArrayAsync(ApiClient.MapUrl(id) + "/export");
        var json = await Http.GetByteArrayAsync(ApiClient.MapUrl(id) + "/export?format=json");
        var (_, stored, _) = await ApiClient.GetMapAsync(Http, id);

        Assert.Equal(plain, json);
        Assert.Equal(stored, Encoding.UTF8.GetString(json));
    }

    [Fact]
    public async Task Export_PagedPdfForPersona_AnswersPdf()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http, "b2b-bank-account");
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);

        using var response = await Http.GetAsync(ApiClient.MapUrl(id) + $"/export?format=pdf&pages=letter&persona={map.Personas[0].Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_SvgOfHostileName_StaysWellFormed()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages[0].Name = "<script>alert(1)</script> & \"quotes\"";
        (await ApiClient.PutAsync(Http, id, Core.FileFormat.MapSerializer.ToJson(map), etag)).EnsureSuccessStatusCode();

        var svg = await Http.GetStringAsync(ApiClient.MapUrl(id) + "/export?format=svg");

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(XDocument.Parse(svg).Root);
    }

    [Theory]
    [InlineData("format=docx", "format")]
    [InlineData("format=pdf&pages=a3", "pages")]
    [InlineData("format=png&scale=9", "scale")]
    [InlineData("format=png&scale=two", "scale")]
    [InlineData("format=svg&persona=per_nobody", "persona")]
    [InlineData("format=svg&text=bitmap", "text")]
    public async Task Export_BadOption_Answers400NamingIt(string query, string field)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);

        using var response = await Http.GetAsync(ApiClient.MapUrl(id) + "/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Export_UnknownMap_Answers404()
    {
        using var response = await Http.GetAsync(ApiClient.MapUrl("map_missing") + "/export?format=pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
