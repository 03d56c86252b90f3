using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>
/// Writes that race each other: every answer is a success, 404, 409 or 412 (never 500), and what is stored is one
/// whole write. Each provider runs every test.
/// </summary>
public abstract class ConcurrencyApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const int Clients = 4;
    private static readonly HttpStatusCode[] Expected =
        [HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed];

    [Fact]
    public async Task WorkspacePut_ManyClientsAtOnce_NoServerErrorAndOneWholeWriteKept()
    {
        var id = await CreateWorkspaceAsync();

        var answers = await RaceAsync(Clients, 25, async (client, i) =>
        {
            var write = (Name: $"name {client}-{i}", Description: $"description {client}-{i}");
            using var response = await Http.PutAsJsonAsync($"/api/workspaces/{id}", new { name = write.Name, description = write.Description });
            return (response.StatusCode, write, await response.Content.ReadAsStringAsync());
        });
        var stored = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{id}");

        AssertNoUnexpected(answers.Select(a => (a.StatusCode, a.Item3)));
        var kept = (stored.GetProperty("name").GetString(), stored.GetProperty("description").GetString());
        Assert.Contains(kept, answers.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => ((string?)a.write.Name, (string?)a.write.Description)));
    }

    [Fact]
    public async Task WorkspacePut_SameIfMatchAtOnce_OneWinsOthersGet412()
    {
        var id = await CreateWorkspaceAsync();
        using var read = await Http.GetAsync($"/api/workspaces/{id}");
        var etag = read.Headers.ETag?.Tag;
        Assert.NotNull(etag);

        var answers = await RaceAsync(Clients, 4, async (client, i) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{id}")
            {
                Content = JsonContent.Create(new { name = $"name {client}-{i}" }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            using var response = await Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(answers.Count - 1, answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task PersonaDelete_ManyAtOnce_OneDeletesOthersGet404Or412()
    {
        var (url, etag) = await CreatePersonaAsync("per-race");

        var answers = await RaceAsync(Clients, 3, async (_, _) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, url);
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            using var response = await Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task PersonaPutAndDelete_AtOnce_NoServerError()
    {
        var (url, etag) = await CreatePersonaAsync("per-put-delete");
        var document = await Http.GetStringAsync(url);

        var answers = await RaceAsync(Clients, 3, async (client, i) =>
        {
            using var request = new HttpRequestMessage(client == 0 && i == 1 ? HttpMethod.Delete : HttpMethod.Put, url);
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            request.Content = request.Method == HttpMethod.Put ? new StringContent(document, Encoding.UTF8, "application/json") : null;
            using var response = await Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
    }

    [Fact]
    public async Task PersonaCreate_SameIdAtOnce_EveryCopyStoredUnderItsOwnId()
    {
        var json = PersonaJson("per-same");

        var answers = await RaceAsync(Clients, 2, async (_, _) =>
        {
            using var response = await Http.PostAsync("/api/workspaces/demo/personas", new StringContent(json, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body);
        });

        AssertNoUnexpected(answers);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = answers.Select(a => JsonDocument.Parse(a.body).RootElement.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(answers.Count, ids.Count);
        Assert.Contains("per-same", ids);
    }

    [Fact]
    public async Task MapImport_SameIdAtOnce_EveryCopyStoredUnderItsOwnId()
    {
        var json = await Http.GetStringAsync("/api/templates/saas-trial");

        var answers = await RaceAsync(Clients, 2, async (_, _) =>
        {
            using var response = await Http.PostAsync("/api/workspaces/demo/maps/import", new StringContent(json, Encoding.UTF8, "application/json"));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = answers.Select(a => JsonDocument.Parse(a.Item2).RootElement.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(answers.Count, ids.Count);
    }

    [Fact]
    public async Task SegmentPutAndDelete_AtOnce_NoServerError()
    {
        using var created = await Http.PostAsJsonAsync("/api/workspaces/demo/segments", new { name = "Mobile" });
        created.EnsureSuccessStatusCode();
        var url = $"/api/workspaces/demo/segments/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";

        var answers = await RaceAsync(Clients, 6, async (client, i) =>
        {
            using var response = client == 0 && i == 2
                ? await Http.DeleteAsync(url)
                : await Http.PutAsJsonAsync(url, new { name = $"Mobile {client}-{i}" });
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
    }

    [Fact]
    public async Task ApiKeyRevoke_ManyAtOnce_AllSucceedAndTheFirstTimeIsKept()
    {
        using var created = await Http.PostAsJsonAsync("/api/workspaces/demo/api-keys", new { name = "race" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var answers = await RaceAsync(Clients, 3, async (_, _) =>
        {
            using var response = await Http.DeleteAsync($"/api/workspaces/demo/api-keys/{id}");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });
        var first = await RevokedAtAsync(id);
        using var again = await Http.DeleteAsync($"/api/workspaces/demo/api-keys/{id}");

        AssertNoUnexpected(answers);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(first, await RevokedAtAsync(id));
    }

    [Fact]
    public async Task CreatesInAWorkspaceBeingDeleted_AnswerCreatedOr404()
    {
        var id = await CreateWorkspaceAsync();

        var answers = await RaceAsync(Clients, 6, async (client, i) =>
        {
            using var response = (client, i % 3) switch
            {
                (0, _) when i == 2 => await Http.DeleteAsync($"/api/workspaces/{id}"),
                (_, 0) => await Http.PostAsJsonAsync($"/api/workspaces/{id}/segments", new { name = "s" }),
                (_, 1) => await Http.PostAsJsonAsync($"/api/workspaces/{id}/api-keys", new { name = "k" }),
                _ => await Http.PostAsync($"/api/workspaces/{id}/personas", new StringContent(PersonaJson($"per-{client}-{i}"), Encoding.UTF8, "application/json")),
            };
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        AssertNoUnexpected(answers);
    }

    /// <summary>Runs <paramref name="clients"/> loops of <paramref name="each"/> requests at once.</summary>
    private static async Task<List<T>> RaceAsync<T>(int clients, int each, Func<int, int, Task<T>> send)
    {
        using var start = new SemaphoreSlim(0);
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            await start.WaitAsync();
            var answers = new List<T>();
            for (var i = 0; i < each; i++)
            {
                answers.Add(await send(client, i));
            }

            return answers;
        })).ToList();
        start.Release(clients);
        return [.. (await Task.WhenAll(loops)).SelectMany(a => a)];
    }

    private static void AssertNoUnexpected(IEnumerable<(HttpStatusCode Status, string Body)> answers)
    {
        var unexpected = answers.Where(a => !Expected.Contains(a.Status)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexpected answers, first: {unexpected.FirstOrDefault()}");
        foreach (var (status, body) in answers.Where(a => a.Status is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed))
        {
            Assert.Contains("\"detail\"", body, StringComparison.Ordinal); // a problem that says what happened
        }
    }

    private async Task<string> CreateWorkspaceAsync()
    {
        using var created = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Race" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<(string Url, string ETag)> CreatePersonaAsync(string id)
    {
        using var created = await Http.PostAsync("/api/workspaces/demo/personas", new StringContent(PersonaJson(id), Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        return ($"/api/workspaces/demo/personas/{id}", created.Headers.ETag!.Tag);
    }

    private async Task<string?> RevokedAtAsync(string keyId)
    {
        var keys = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/api-keys");
        return keys.EnumerateArray().Single(k => k.GetProperty("id").GetString() == keyId).GetProperty("revokedAt").GetString();
    }

    private static string PersonaJson(string id) =>
        $$"""{"schemaVersion": 1, "id": "{{id}}", "name": "Ann"}""";
}
