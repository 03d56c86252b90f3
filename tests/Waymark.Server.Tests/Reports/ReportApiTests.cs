using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Reports;

/// <summary>
/// The report route on the demo workspace with its events and feedback: the report's funnel is the overlay's, its
/// quotes come from the insights, its comments from the threads; PDF read back with pdftotext. Each provider runs all.
/// </summary>
public abstract class ReportApiTests : IDisposable
{
    private readonly WaymarkFactory _factory;
    private readonly HttpClient _http;

    protected ReportApiTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, new Dictionary<string, string> { ["Demo:Events"] = "true" });
        _http = _factory.CreateClient();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("From display ads")]
    public async Task Report_DemoMap_FunnelFiguresEqualTheOverlayApi(string? segmentName)
    {
        var url = await TrialMapUrlAsync();
        var segments = await _http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/segments");
        var query = segmentName is null ? "?from=2026-01-01"
            : "?from=2026-01-01&segment=" + segments.EnumerateArray().First(s => s.GetProperty("name").GetString() == segmentName).GetProperty("id").GetString();

        var overlay = await _http.GetFromJsonAsync<JsonElement>(url + "/overlay" + query);
        var html = await _http.GetStringAsync(url + "/report" + query + "&format=html");

        var series = overlay.GetProperty("series")[0];
        var expected = series.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("inFunnel").GetBoolean())
            .Select(s => ((string?)s.GetProperty("stepId").GetString(), (string?)s.GetProperty("customers").GetInt64().ToString(CultureInfo.InvariantCulture),
                (string?)(s.GetProperty("dropOff").ValueKind == JsonValueKind.Null ? "" : s.GetProperty("dropOff").GetInt64().ToString(CultureInfo.InvariantCulture))))
            .ToList();
        var document = new HtmlParser().ParseDocument(html);
        var rows = document.QuerySelectorAll("table[data-table=funnel] tbody tr")
            .Select(r => (r.GetAttribute("data-step"), r.GetAttribute("data-customers"), r.GetAttribute("data-drop-off"))).ToList();
        Assert.True(expected.Count > 2);
        Assert.Equal(expected, rows);
        var entered = series.GetProperty("entrants").GetInt64().ToString("#,0", CultureInfo.InvariantCulture);
        Assert.Contains(document.QuerySelectorAll("#funnel dd"), d => d.TextContent.StartsWith(entered + " customers", StringComparison.Ordinal));
        Assert.EndsWith(" \u00B7 " + (segmentName ?? "All customers"), document.QuerySelector("#funnel dd")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_DemoMapPdf_HoldsEverySectionAQuoteAnIdeaAndAnOpenComment()
    {
        var url = await TrialMapUrlAsync();
        using var thread = await _http.PostAsJsonAsync(url + "/threads", new { anchor = new { kind = "map" }, body = "Shall we show this to the board on Monday?" });
        Assert.Equal(HttpStatusCode.Created, thread.StatusCode);
        var insights = await _http.GetFromJsonAsync<JsonElement>(url + "/insights");
        var quote = insights.GetProperty("findings").EnumerateArray().GroupBy(f => f.GetProperty("kind").GetString()).SelectMany(g => g.Take(5))
            .SelectMany(f => f.GetProperty("evidence").GetProperty("quotes").EnumerateArray().Take(2)).First().GetProperty("text").GetString()!;

        using var response = await _http.GetAsync(url + "/report?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".report.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var text = Squeeze(PdfText(await response.Content.ReadAsByteArrayAsync()));
        string[] sections = ["Contents", "Scope, goal and KPI targets", "Personas", "The map", "Emotion curve: designed and measured",
            "Funnel from entry to outcome", "Where it hurts", "Top ideas by votes", "Open comments"];
        foreach (var want in sections.Append(quote).Append("Shall we show this to the board on Monday?"))
        {
            Assert.True(text.Contains(Squeeze(want), StringComparison.Ordinal), $"the report lacks: {want}");
        }

        Assert.DoesNotContain("No data bound", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Report_ShareGuest_GetsFiguresOnlyWithTheDataView(bool includesData)
    {
        var url = await TrialMapUrlAsync();
        var (_, token) = await Sharing.ShareClient.CreateAsync(_http, url.Split('/')[^1], "view", includesData: includesData);
        using var guest = await Sharing.ShareClient.GuestAsync(_factory, token);

        var document = new HtmlParser().ParseDocument(await guest.GetStringAsync(url + "/report?format=html"));

        Assert.Equal(includesData, document.QuerySelector("table[data-table=funnel]") is not null);
        Assert.Equal(!includesData, document.QuerySelectorAll("#funnel .note").Any(n => n.TextContent.StartsWith("Figures are not part of this share link", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_UnboundMap_SaysNoDataBound()
    {
        using var created = await _http.PostAsJsonAsync("/api/workspaces/demo/maps", new { name = "Plain", kind = "currentState" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var html = await _http.GetStringAsync($"/api/workspaces/demo/maps/{id}/report?format=html");

        Assert.Contains("No data bound", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=docx", "format")]
    [InlineData("?persona=per_nobody", "persona")]
    [InlineData("?from=yesterday", "from")]
    public async Task Report_BadQuery_AnswersProblemNamingTheParameter(string query, string parameter)
    {
        var url = await TrialMapUrlAsync();

        using var response = await _http.GetAsync(url + "/report" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains('"' + parameter + '"', await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownMap_Answers404()
    {
        using var response = await _http.GetAsync("/api/workspaces/demo/maps/map_nothere/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> TrialMapUrlAsync()
    {
        var maps = await _http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/maps");
        var trial = maps.EnumerateArray().First(m => m.GetProperty("name").GetString() == "SaaS free trial to paid");
        return "/api/workspaces/demo/maps/" + trial.GetProperty("id").GetString();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "waymark-report-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-raw", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Squeeze(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format));
    }
}

public sealed class SqliteReportApiTests() : ReportApiTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection2.Name)]
public sealed class PostgresReportApiTests(PostgresFixture postgres) : ReportApiTests("Postgres", postgres.CreateMigratedDatabase());
