using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Browser.Tests;

/// <summary>One step of a generated journey: its activity, the share of customers at the previous step who go on
/// to it, and the median wait from the previous step.</summary>
internal sealed record JourneyStepSpec(string Activity, double Keep, TimeSpan MedianWait);

/// <summary>
/// Generates customers walking a journey (each goes on to the next step with the step's chance, after a wait
/// spread around its median) and sends their events through the real ingestion API with a fresh API key.
/// Deterministic for a seed, so a test's figures are the same on every run.
/// </summary>
internal sealed class JourneyEvents
{
    private readonly List<Dictionary<string, object>> _events = [];

    public int Count => _events.Count;

    /// <summary>Adds <paramref name="customers"/> customers, named <c>{prefix}-{n}</c>, first seen on
    /// <paramref name="channel"/> within the <paramref name="days"/> days before <paramref name="end"/>, a few more
    /// each day (a growing shop). Steps that would fall after <paramref name="end"/> have not happened yet.</summary>
    public JourneyEvents Add(string prefix, int customers, string channel, IReadOnlyList<JourneyStepSpec> steps, int seed, DateTime end, int days = 28) =>
        Add(prefix, customers, [channel], steps, seed, end, days);

    /// <summary>As above, with each event on one of <paramref name="channels"/> at random (a customer who moves
    /// between channels, as attribution needs); one channel draws nothing, so its journeys are the same as above.</summary>
    public JourneyEvents Add(string prefix, int customers, IReadOnlyList<string> channels, IReadOnlyList<JourneyStepSpec> steps, int seed, DateTime end, int days = 28)
    {
        var random = new Random(seed);
        for (var c = 0; c < customers; c++)
        {
            var at = end.AddDays(-days).AddMinutes(Math.Pow(random.NextDouble(), 0.8) * days * 24 * 60);
            for (var s = 0; s < steps.Count; s++)
            {
                var step = steps[s];
                if (s > 0)
                {
                    if (random.NextDouble() >= step.Keep)
                    {
                        break;
                    }

                    // Log-normal around the median: most customers near it, a long tail of slow ones.
                    at = at.AddMinutes(step.MedianWait.TotalMinutes * Math.Exp(0.7 * Gaussian(random)));
                    if (at > end)
                    {
                        break;
                    }
                }

                _events.Add(new Dictionary<string, object>
                {
                    ["id"] = $"{prefix}-{c}-{s}",
                    ["customerId"] = $"{prefix}-{c}",
                    ["timestamp"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["activity"] = step.Activity,
                    ["channel"] = channels.Count == 1 ? channels[0] : channels[random.Next(channels.Count)],
                });
            }
        }

        return this;
    }

    /// <summary>Sends every event to <c>POST /api/ingest/events</c> in batches; fails unless all are stored.</summary>
    /// <summary>Sends the events with a new API key of the event source (the workspace's default one when none is named).</summary>
    public async Task IngestAsync(HttpClient http, string workspace = WaymarkApi.DemoWorkspace, string? sourceId = null)
    {
        using var created = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/api-keys", new { name = "browser tests", sourceId });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        foreach (var batch in _events.Chunk(2000))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events")
            {
                Content = new StringContent(JsonSerializer.Serialize(batch), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Ingestion answered {(int)response.StatusCode}: {body}");
            }
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
