using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Waymark.Render.Tests.Report;

/// <summary>The HTML report read as a browser reads it (AngleSharp's HTML5 parser), and what self-contained means for it.</summary>
internal static partial class ReportHtml
{
    public static IHtmlDocument Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        var document = parser.ParseDocument(html);
        Assert.NotNull(document.Body);
        return document;
    }

    /// <summary>No http(s) URL anywhere, no script, and every reference inside the page or a data: URL.</summary>
    public static void AssertSelfContained(string html, IDocument document)
    {
        Assert.DoesNotMatch(Urls(), html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, link, base"));
        foreach (var attribute in document.All.SelectMany(e => e.Attributes).Where(a => a.LocalName is "href" or "src" or "xlink:href" or "srcset"))
        {
            Assert.True(attribute.Value.StartsWith('#') || attribute.Value.StartsWith("data:", StringComparison.Ordinal), $"external reference: {attribute.Value}");
        }

        var policy = document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:", policy);
    }

    [GeneratedRegex(@"(?i)https?:|url\((?!#|data:|'data:|""data:)")]
    private static partial Regex Urls();
}
