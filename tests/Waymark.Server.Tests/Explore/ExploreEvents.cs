using System.Globalization;
using System.Net;
using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.Explore;

/// <summary>
/// Random journeys over about five weeks for the Explore API tests: sent through ingestion and built into a log
/// independently, so the API's figures can be compared with the engine's on the same events.
/// </summary>
internal static class ExploreEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Visit", "Cart", "Pay", "Other"];

    public static List<Ev> Random(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<Ev>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 20);
            for (var e = random.Next(1, 10); e > 0; e--)
            {
                minute += random.Next(1, 60 * 24 * 3);
                var device = random.Next(2) == 0 ? "ios" : null;
                events.Add(new Ev($"c{c}", minute, Activities[random.Next(Activities.Length)], device));
            }
        }

        return events;
    }

    public static EventLog Log(IEnumerable<Ev> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            if (e.Device is not null)
            {
                builder.AddProperty("device", e.Device);
            }

            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, "");
        }

        return builder.Build();
    }

    public static async Task IngestAsync(HttpClient http, IReadOnlyList<Ev> events)
    {
        var (_, key) = await CreateKeyAsync(http);
        foreach (var batch in events.Chunk(500))
        {
            using var response = await PostAsync(http, key, Array([.. batch.Select(Json)]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>A map with "Cart on iOS" (stp_cart) and "Pay" (stp_pay) bound, and one unbound step.</summary>
    public static async Task<string> PutMapAsync(HttpClient http)
    {
        var id = await ApiClient.CreateFromTemplateAsync(http);
        var (map, _, etag) = await ApiClient.GetMapAsync(http, id);
        map.Stages =
        [
            new Stage
            {
                Id = "stg_buy", Name = "Buy", Steps =
                [
                    new Step { Id = "stp_cart", Name = "Cart on iOS", Binding = new StepBinding { Activities = ["Cart"], Filter = [new PropertyFilter { Property = "device", Value = "ios" }] } },
                    new Step { Id = "stp_pay", Name = "Pays", Binding = new StepBinding { Activities = ["Pay"] } },
                    new Step { Id = "stp_note", Name = "Note" },
                ],
            },
        ];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/explore/{path}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Json(Ev e) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["customerId"] = e.Customer,
        ["timestamp"] = T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture),
        ["activity"] = e.Activity,
        ["properties"] = e.Device is null ? null : new Dictionary<string, string> { ["device"] = e.Device },
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    internal sealed record Ev(string Customer, int Minute, string Activity, string? Device);
}
