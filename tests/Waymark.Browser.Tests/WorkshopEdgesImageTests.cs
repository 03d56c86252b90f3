using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Rough edge 10 of issue 14: a persona photo is uploaded from the persona editor (not only linked), stored in the
/// workspace, shown from there, and given alt text; markup posing as a picture is refused with a reason. 1366x768.
/// </summary>
public sealed partial class WorkshopEdgesImageTests : BrowserTest
{
    /// <summary>A 1x1 red PNG.</summary>
    private static readonly byte[] RedPixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    public WorkshopEdgesImageTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task PersonaPhoto_UploadedWithAltText_IsStoredAndShownInTheEditor()
    {
        var (page, mapId) = await OpenFreshMapAsync("Persona photo");
        await page.Locator("[data-testid=\"toggle-panel\"]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Personas" }).ClickAsync();
        await page.GetByTestId("side-panel").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "New persona" }).ClickAsync();
        var card = page.GetByTestId("map-persona").First;
        var edit = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Edit", Exact = true });
        if (await edit.CountAsync() > 0)
        {
            await edit.ClickAsync();
        }

        var file = card.GetByTestId("image-file");
        await file.SetInputFilesAsync(new FilePayload { Name = "face.png", MimeType = "image/png", Buffer = "<svg onload=alert(1)/>"u8.ToArray() });
        await Expect(card.GetByTestId("image-error")).ToContainTextAsync("markup");

        await EditAndWaitSavedAsync(page, () => file.SetInputFilesAsync(new FilePayload { Name = "face.png", MimeType = "image/png", Buffer = RedPixel }));
        var photo = card.Locator("[data-testid=\"persona-photo\"] img");
        await Expect(photo).ToHaveAttributeAsync("src", StoredImageSrc());
        Assert.Equal(1, await photo.EvaluateAsync<int>("async (img) => { await img.decode(); return img.naturalWidth; }"));
        await Expect(card.GetByText("Describe the image for people who cannot see it")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "persona-photo-uploaded-1366");

        await EditAndWaitSavedAsync(page, () => card.GetByTestId("image-alt").FillAsync("Maria smiling at her laptop"));
        await Expect(card.GetByText("Describe the image for people who cannot see it")).ToHaveCountAsync(0);
        var persona = (await Api.GetMapAsync(mapId)).Personas.Single();
        Assert.Matches("^image:[0-9a-f]{64}$", persona.PhotoUrl);
        Assert.Equal("Maria smiling at her laptop", persona.PhotoAlt);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ImageCell_UploadedAndMarkedDecorative_IsStoredAndDrawn()
    {
        var map = AcceptanceMap.Create($"Image cell {Guid.NewGuid().ToString("N")[..6]}");
        map.Lanes.Add(new Waymark.Core.Maps.Lane { Id = "lane-images", Kind = Waymark.Core.Maps.LaneKind.Images, Title = "Screens" });
        var mapId = await Api.CreateMapAsync(map);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        var cell = Cell(page, "lane-images", AcceptanceMap.Search);
        await cell.DblClickAsync();
        await page.GetByTestId("image-file").SetInputFilesAsync(new FilePayload { Name = "screen.gif", MimeType = "image/png", Buffer = RedPixel });
        await Expect(page.Locator("img[src^=\"/api/workspaces/demo/images/\"]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Done" }).ClickAsync();
        await Expect(page.GetByText("Describe the image for people who cannot see it")).ToBeVisibleAsync();

        await EditAndWaitSavedAsync(page, async () =>
        {
            await page.GetByTestId("image-decorative").CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Done" }).ClickAsync();
        });
        var drawn = cell.Locator("img");
        await Expect(drawn).ToHaveAttributeAsync("src", StoredImageSrc());
        await Expect(drawn).ToHaveAttributeAsync("alt", "");
        var image = (await Api.GetMapAsync(mapId)).Lanes.Single(l => l.Id == "lane-images").Cells[AcceptanceMap.Search].Image!;
        Assert.Matches("^image:[0-9a-f]{64}$", image.Url);
        Assert.Equal("", image.Alt);
        Assert.Empty(PageErrors);
    }

    [GeneratedRegex("^/api/workspaces/demo/images/[0-9a-f]{64}$")]
    private static partial Regex StoredImageSrc();
}
