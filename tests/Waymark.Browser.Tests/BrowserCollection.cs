namespace Waymark.Browser.Tests;

/// <summary>
/// Browser tests share a server and a Chromium per collection (starting them costs seconds). There are two
/// collections, each with its own <see cref="BrowserFixture"/>, and xUnit runs them side by side: a browser test
/// spends most of its time waiting for the page, so one lane left a core idle (431 CPU-s in 653 s of wall time, CI of
/// 2026-12-06). <see cref="Second"/> holds the axe walks and a few long classes, about half of the suite's time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";

    /// <summary>The second lane's collection: a class moves there with <c>[Collection(BrowserCollection.Second)]</c>.</summary>
    public const string Second = "Browser, second lane";
}

/// <summary>The definition of <see cref="BrowserCollection.Second"/>: its own server and Chromium.</summary>
[CollectionDefinition(BrowserCollection.Second)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
}
