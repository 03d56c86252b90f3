using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// New personas on a map get colours that read apart from each other and from the "Everyone" curve, and carry white
/// initials at WCAG AA: measured on the emotion curve's legend as drawn.
/// </summary>
public sealed class PersonaColourTests : BrowserTest
{
    public PersonaColourTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task NewPersonas_AddedToAMap_GetDistinctColoursApartFromEveryone()
    {
        var (page, _) = await OpenFreshMapAsync("Persona colours");
        await page.Locator("[data-testid=\"toggle-panel\"]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Personas" }).ClickAsync();
        var add = page.GetByTestId("side-panel").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "New persona" });
        for (var i = 0; i < 4; i++)
        {
            await add.ClickAsync();
        }

        var legend = page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Curve that new points go to" });
        await Expect(legend.GetByRole(AriaRole.Button)).ToHaveCountAsync(5);
        var figures = await legend.EvaluateAsync<JsonElement>("""
            (group) => {
              const lin = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
              const rgb = (css) => { const d = document.createElement('div'); d.style.color = css; document.body.append(d);
                const m = getComputedStyle(d).color.match(/\d+/g).map(Number); d.remove(); return m.slice(0, 3); };
              const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
              const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const lab = ([r, g, b]) => { const [R, G, B] = [lin(r), lin(g), lin(b)];
                const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
                const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
                const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
                return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
                  0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s]; };
              const distance = (a, b) => { const [x, y] = [lab(a), lab(b)]; return 100 * Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]); };
              const curves = [...group.querySelectorAll('button')].map((b) => ({ name: b.textContent.trim(), color: rgb(b.querySelector('path').getAttribute('stroke')) }));
              const everyone = curves[0];
              const personas = curves.slice(1);
              let closest = Infinity;
              for (let i = 0; i < personas.length; i++) for (let j = i + 1; j < personas.length; j++) closest = Math.min(closest, distance(personas[i].color, personas[j].color));
              return {
                everyone: everyone.name,
                fromEveryone: Math.min(...personas.map((p) => distance(p.color, everyone.color))),
                closest,
                whiteInk: Math.min(...personas.map((p) => contrast(p.color, [255, 255, 255]))),
                colors: curves.map((c) => c.name + ' rgb(' + c.color.join(',') + ')'),
              };
            }
            """);
        var fromEveryone = figures.GetProperty("fromEveryone").GetDouble();
        var closest = figures.GetProperty("closest").GetDouble();
        var whiteInk = figures.GetProperty("whiteInk").GetDouble();
        Output.WriteLine(string.Join(", ", figures.GetProperty("colors").EnumerateArray().Select(c => c.GetString())));
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"OKLab distance to Everyone at least {fromEveryone:0.0}, between personas at least {closest:0.0}; white initials at least {whiteInk:0.00}:1"));

        // Each name stays on one line beside four personas at 1366x768 ("Everyone" broke in two).
        var lines = await legend.EvaluateAsync<string[]>("""
            (group) => [...group.querySelectorAll('button')]
              .filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
              .map((b) => b.textContent.trim() + ' ' + b.scrollWidth + 'x' + b.scrollHeight + ' in ' + b.clientWidth + 'x' + b.clientHeight)
            """);
        Assert.Empty(lines);
        Assert.Equal("Everyone", figures.GetProperty("everyone").GetString());
        Assert.True(fromEveryone >= 15, $"a persona's curve is too close to the Everyone curve ({fromEveryone:0.0})");
        Assert.True(closest >= 10, $"two personas' curves are too close ({closest:0.0})");
        Assert.True(whiteInk >= 4.5, $"white initials on a persona's colour fall below AA ({whiteInk:0.00}:1)");
        Assert.Empty(PageErrors);
    }
}
