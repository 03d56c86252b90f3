using System.Text;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Render.Report;

namespace Waymark.Render.Tests.Report;

/// <summary>What people type stays text in the report: markup, endless words, right-to-left scripts, emoji and CJK.</summary>
public sealed class HostileReportTests
{
    private const string Script = "<script>alert('x')</script> & \"quoted\" ]]> <img src=x onerror=alert(1)>";
    private static readonly string LongWord = "Donaudampfschifffahrtsgesellschaftskapitän" + new string('x', 400);
    private const string Hebrew = "שלום עולם, ההזמנה התעכבה";
    private const string Emoji = "Great 🎉👍🏽 family 👨‍👩‍👧 trip";
    private const string Cjk = "顾客旅程地图：等待时间太长了";
    private static readonly string[] Texts = [Script, LongWord, Hebrew, Emoji, Cjk];

    [Fact]
    public void Html_HostileText_StaysTextInEverySection()
    {
        var html = Encoding.UTF8.GetString(StakeholderReport.Default.Write(Input(), ReportFormat.Html).Content);

        var document = ReportHtml.Parse(html);
        ReportHtml.AssertSelfContained(html, document);
        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(Script, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Script + " \u2014 stakeholder report", document.Title);
        var text = document.Body!.TextContent;
        foreach (var want in Texts)
        {
            Assert.Contains(want, text, StringComparison.Ordinal);
        }

        Assert.Contains(document.QuerySelectorAll("#comments p"), p => p.TextContent == Script && p.GetAttribute("dir") == "auto");
    }

    [Fact]
    public void Pdf_HostileText_RendersAndStaysSearchable()
    {
        var pdf = StakeholderReport.Default.Write(Input(), ReportFormat.Pdf).Content;

        var text = MapTexts.Squeeze(Tools.OnFile(pdf, ".pdf", "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-"));

        Assert.Contains(MapTexts.Squeeze(Script), text, StringComparison.Ordinal);
        Assert.Contains(MapTexts.Squeeze(Cjk), text, StringComparison.Ordinal);
        Assert.Contains("Donaudampfschifffahrtsgesellschaftskapit", text, StringComparison.Ordinal);
    }

    private static ReportInput Input()
    {
        var map = new JourneyMap { Id = "map_hostile", Name = Script, Description = LongWord, Stages = [new Stage { Id = "stg_1", Name = Script }] };
        map.Scope.Goal = Hebrew;
        map.Scope.KpiTargets.Add(new KpiTarget { Id = "kpi_1", Name = Script, Target = 5, Unit = Emoji });
        map.Personas.Add(new Persona { Id = "per_1", Name = Cjk, Quote = Script, Needs = [LongWord] });
        var ideas = new Lane { Id = "lan_ideas", Kind = LaneKind.Ideas, Title = Script };
        var pains = new Lane { Id = "lan_pain", Kind = LaneKind.PainPoints, Title = Hebrew };
        for (var i = 0; i < Texts.Length; i++)
        {
            map.Stages[0].Steps.Add(new Step { Id = $"stp_{i}", Name = Texts[i] });
            ideas.Cells[$"stp_{i}"] = new Cell { Ideas = [new Idea { Id = $"ide_{i}", Text = Texts[i], Votes = i, Desirable = 4 }] };
            pains.Cells[$"stp_{i}"] = new Cell { PainPoints = [new PainPoint { Id = $"pai_{i}", Text = Texts[(i + 1) % Texts.Length] }] };
        }

        map.Lanes.AddRange([ideas, pains]);
        var input = ReportSamples.WithData(map, comment: Script);
        return input with
        {
            Data = input.Data! with
            {
                Findings = [new ReportFinding("painPoint", "stp_0", Script, LongWord, 3, 1, [new ReportQuote(Hebrew + " " + Emoji, Script)])],
            },
            OpenThreads = [new ReportThread(Script, [new ReportComment(Cjk, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), Script)])],
        };
    }
}
