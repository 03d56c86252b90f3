namespace Waymark.Browser.Tests;

/// <summary>Every browser test shares one server and one Chromium (starting them costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
