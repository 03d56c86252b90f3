using Waymark.Core.Maps;
using Waymark.Render.Style;

namespace Waymark.Render.Tests;

/// <summary>The renderer reads the editor's own style files; these fail when a value can no longer be read there.</summary>
public sealed class WebStyleTests
{
    [Fact]
    public void LaneKinds_Every_HasTheEditorsIconAndTint()
    {
        foreach (var kind in Enum.GetValues<LaneKind>())
        {
            Assert.StartsWith("M", WebStyle.Instance.LaneIcon(kind), StringComparison.Ordinal);
            _ = WebStyle.Instance.LaneTint(kind);
        }

        Assert.Equal(SkiaSharp.SKColor.Parse("#fdf1ef"), WebStyle.Instance.LaneTint(LaneKind.PainPoints));
    }

    [Fact]
    public void CardColors_Every_HasFillAndEdge()
    {
        foreach (var colour in CardColors.All)
        {
            Assert.NotEqual(WebStyle.Instance.CardColor(null), WebStyle.Instance.CardColor(colour));
        }

        Assert.Equal(SkiaSharp.SKColor.Parse("#fff3b0"), WebStyle.Instance.CardColor("yellow").Fill);
    }

    [Fact]
    public void Tokens_SpacingAndType_AreReadFromTokensCss()
    {
        Assert.Equal(8, WebStyle.Instance.Px("s2"));
        Assert.Equal(13, WebStyle.Instance.Px("fs-sm"));
        Assert.Equal(SkiaSharp.SKColor.Parse("#2f5bd3"), WebStyle.Instance.Color("accent"));
    }
}
