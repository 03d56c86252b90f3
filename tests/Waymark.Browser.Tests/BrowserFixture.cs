using Microsoft.Playwright;
using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>
/// One real server and one headless Chromium for a collection's whole run (see <see cref="BrowserCollection"/>). Fails every test with a clear message when Chromium
/// or the built front end is missing: a browser test that cannot run must not pass.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly Lock WipeLock = new();
    private static bool _wiped;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WaymarkTestServer? _server;
    private HttpClient? _http;

    /// <summary>Screenshots go under the test output, wiped at the start of each run.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IBrowser Browser => _browser ?? throw NotStarted();

    public WaymarkTestServer Server => _server ?? throw NotStarted();

    public WaymarkApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Chromium.Find();
        _server = await WaymarkTestServer.StartAsync();
        _http = WaymarkHttp.Client(_server.Address);
        Api = new WaymarkApi(_http);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Containers have a small /dev/shm; Chromium then crashes on big pages without this.
            Args = ["--disable-dev-shm-usage"],
        });

        WipeScreenshotsOnce(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Each collection has a fixture of its own: only the first to start may empty the folder, or it would
    /// delete what the other lane's tests already wrote.</summary>
    private static void WipeScreenshotsOnce(string directory)
    {
        lock (WipeLock)
        {
            if (!_wiped && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            _wiped = true;
            Directory.CreateDirectory(directory);
        }
    }

    private static InvalidOperationException NotStarted() => new("The browser fixture did not start; see its first error.");
}
