using System.Globalization;
using Microsoft.Playwright;
using SkiaSharp;
using Waymark.Render;
using Waymark.Render.Formats;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The visual check of issue 15: Chromium's screenshot of the editor and the renderer's PNG of the same map at the
/// same size (zoom 100 %, scale 1), compared lane by lane. The figures are reported; only a generous floor is
/// asserted, so the two stay alike without demanding pixel equality (fonts and anti-aliasing differ by design).
/// </summary>
public sealed class VisualCheckTests : BrowserTest
{
    private const double ColourFloor = 0.85;
    private const double MeanShapeFloor = 0.2;

    public VisualCheckTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Theory]
    [InlineData("Service blueprint: click and collect")]
    [InlineData("SaaS free trial to paid")]
    public async Task EditorAndRendererPng_SameMap_AlikeInEveryLane(string mapName)
    {
        var id = await Api.MapIdAsync(mapName);
        var map = await Api.GetMapAsync(id);
        var layout = MapExporter.Default.Layout(map);
        var png = MapExporter.Default.Export(map, new ExportOptions(ExportFormat.Png, Scale: 1)).Content;
        var page = await NewPageAsync();
        // Room for the whole grid at zoom 100 % with the page's bars around it, so one screenshot holds every lane.
        await page.SetViewportSizeAsync((int)layout.Width + 120, (int)layout.Height + 400);
        await OpenMapByIdAsync(page, id);
        await page.Locator(CompleteGridSelector).WaitForAsync();
        // The renderer draws the map without the data view (no figures, no funnel panel): so must the editor here.
        var data = page.Locator("[data-testid=\"toggle-data\"]");
        if (await data.CountAsync() > 0 && await data.GetAttributeAsync("aria-pressed") == "true")
        {
            await data.ClickAsync();
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=\"data-bar\"]")).ToHaveCountAsync(0);
        }

        var shotPath = await ScreenshotAsync(page, "visual-editor-" + id);
        await File.WriteAllBytesAsync(Path.Combine(Fixture.ScreenshotDirectory, "visual-render-" + id + ".png"), png);

        using var shot = SKBitmap.Decode(shotPath);
        using var drawn = SKBitmap.Decode(png);
        var rows = page.Locator("[data-testid=\"map-grid\"] [role=\"row\"][data-lane-kind]");
        Assert.Equal(layout.Lanes.Count, await rows.CountAsync());
        var scores = new List<(string Lane, double Colour, double Shape)>();
        for (var i = 0; i < layout.Lanes.Count; i++)
        {
            var box = (await rows.Nth(i).BoundingBoxAsync())!;
            var lane = layout.Lanes[i];
            var inShot = SKRectI.Create((int)Math.Round(box.X), (int)Math.Round(box.Y), (int)layout.Width, (int)Math.Round(box.Height));
            var inPng = SKRectI.Create(0, (int)Math.Round(lane.Y), (int)layout.Width, (int)Math.Round(lane.Height));
            var (colour, shape) = LaneSimilarity.Compare(shot, inShot, drawn, inPng);
            scores.Add((lane.Lane.Title, colour, shape));
            Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mapName} / {lane.Lane.Kind} '{lane.Lane.Title}': colour {colour:0.000}, shape {shape:0.000} (editor {box.Height:0} px, renderer {lane.Height:0} px tall)"));
        }

        Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mapName}: mean colour {scores.Average(s => s.Colour):0.000}, mean shape {scores.Average(s => s.Shape):0.000} over {scores.Count} lanes"));
        // Colour per lane (tints, cards and their places); shape over the map, since a lane drawn at another height
        // (the emotion curve, idea cards) shifts its ink as a whole and says little about its likeness alone.
        Assert.All(scores, s => Assert.True(s.Colour >= ColourFloor,
            string.Create(CultureInfo.InvariantCulture, $"lane '{s.Lane}' differs: colour {s.Colour:0.000} (floor {ColourFloor})")));
        Assert.True(scores.Average(s => s.Shape) >= MeanShapeFloor,
            string.Create(CultureInfo.InvariantCulture, $"the lanes' ink differs: mean shape {scores.Average(s => s.Shape):0.000} (floor {MeanShapeFloor})"));
    }
}
