using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>
/// Images stored in the workspace: what is taken (by content, never by name or declared type), how it is served,
/// the size limit, and that an image belongs to its workspace. Each provider runs every test.
/// </summary>
public abstract class ImagesApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Url = $"/api/workspaces/{ApiClient.Workspace}/images";

    /// <summary>The PNG signature and an IHDR chunk's start: what the sniffer reads, then some bytes.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    [Fact]
    public async Task Upload_PngNamedExe_StoredAndServedAsPngWithSafeHeaders()
    {
        using var uploaded = await UploadAsync(Png, "photo.exe", "application/x-msdownload");
        var image = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var id = image.GetProperty("id").GetString()!;
        using var served = await Http.GetAsync($"{Url}/{id}");
        var bytes = await served.Content.ReadAsByteArrayAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Url}/{id}");
        again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        using var notModified = await Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), id);
        Assert.Equal($"image:{id}", image.GetProperty("ref").GetString());
        Assert.Equal(("image/png", 20L), (image.GetProperty("contentType").GetString(), image.GetProperty("size").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, bytes);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", served.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"image-{id[..12]}.png", served.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("immutable", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox", served.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 })]
    [InlineData("image/gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 })]
    [InlineData("image/webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 })]
    public async Task Upload_OtherImageTypes_SniffedFromTheirBytes(string expected, byte[] bytes)
    {
        using var uploaded = await UploadAsync(bytes, "picture.png", "image/png");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(expected, (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "markup")]
    [InlineData("\n  <html><body onload=alert(1)></body></html>", "markup")]
    [InlineData("%PDF-1.7 not an image", "not a PNG, JPEG, GIF or WebP")]
    public async Task Upload_NotAnImage_415SayingWhy(string content, string why)
    {
        using var uploaded = await UploadAsync(Encoding.UTF8.GetBytes(content), "photo.png", "image/png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, uploaded.StatusCode);
        var problem = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_413WithTheLimit()
    {
        var bytes = new byte[(5 * 1024 * 1024) + 1];
        Png.CopyTo(bytes, 0);

        using var uploaded = await UploadAsync(bytes, "big.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, uploaded.StatusCode);
        var problem = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5 * 1024 * 1024, problem.GetProperty("limit").GetInt64());
        Assert.Contains("5 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NotMultipart_415()
    {
        using var content = new ByteArrayContent(Png);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        using var uploaded = await Http.PostAsync(Url, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, uploaded.StatusCode);
    }

    [Fact]
    public async Task Upload_PathTraversalInTheFileName_NameIgnored()
    {
        using var uploaded = await UploadAsync(Png, "../../../etc/passwd.png", "image/png");
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var served = await Http.GetAsync($"{Url}/{id}");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal($"image-{id[..12]}.png", served.Content.Headers.ContentDisposition!.FileName);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("ABCDEF")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Get_NotAStoredId_404(string id)
    {
        using var served = await Http.GetAsync($"{Url}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherWorkspacesImage_404()
    {
        using var uploaded = await UploadAsync(Png, "photo.png", "image/png");
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var created = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Other team" });
        var other = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var served = await Http.GetAsync($"/api/workspaces/{other}/images/{id}");

        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [Fact]
    public async Task Map_WithAStoredImageCellAndPhoto_RoundTripsAndExports()
    {
        using var uploaded = await UploadAsync(Png, "photo.png", "image/png");
        var reference = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ref").GetString()!;
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        var step = map.Stages[0].Steps[0].Id;
        map.Lanes.Add(new Core.Maps.Lane
        {
            Id = "lan_pictures", Kind = Core.Maps.LaneKind.Images, Title = "Pictures",
            Cells = new() { [step] = new Core.Maps.Cell { Image = new Core.Maps.ImageRef { Url = reference, Alt = "" } } },
        });
        map.Personas[0].PhotoUrl = reference;
        map.Personas[0].PhotoAlt = "Maria at her desk";

        using var put = await ApiClient.PutAsync(Http, id, Core.FileFormat.MapSerializer.ToJson(map), etag);
        var (stored, _, _) = await ApiClient.GetMapAsync(Http, id);
        using var png = await Http.GetAsync(ApiClient.MapUrl(id) + "/export?format=png");
        using var pdf = await Http.GetAsync(ApiClient.MapUrl(id) + "/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var image = stored.Lanes.Single(l => l.Id == "lan_pictures").Cells[step].Image!;
        Assert.Equal((reference, ""), (image.Url, image.Alt));
        Assert.Equal((reference, "Maria at her desk"), (stored.Personas[0].PhotoUrl, stored.Personas[0].PhotoAlt));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (png.StatusCode, pdf.StatusCode));
    }

    private Task<HttpResponseMessage> UploadAsync(byte[] bytes, string fileName, string declaredType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(file, "file", fileName);
        return Http.PostAsync(Url, form);
    }
}
