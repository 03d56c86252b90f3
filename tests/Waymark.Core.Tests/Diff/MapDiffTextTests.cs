using Waymark.Core.Diff;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Diff;

public sealed class MapDiffTextTests
{
    [Fact]
    public void Write_NoChanges_SaysNoDifferences()
    {
        var map = MapBuilder.Sample().Build();

        var text = MapDiffText.Write(MapDiffer.Compare(map, map), "a.json", "b.json");

        Assert.Equal("Comparing a.json → b.json (parts matched by id)\nNo differences.\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_Changes_OneSignedLineEachAndACount()
    {
        var before = MapBuilder.Sample().Build();
        var after = MapCopier.Copy(before, newIds: false);
        after.Stages.RemoveAt(1);
        after.Lanes[0].Cells["stp_ad"].Text = "Scrolls";

        var lines = MapDiffText.Write(MapDiffer.Compare(before, after), "a", "b").ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("- Stage \"Trial\" removed", lines[1]);
        Assert.Equal("- Step \"Step stp_signup\" removed from stage \"Trial\"", lines[2]);
        Assert.Equal("~ Does × Step stp_ad: text changed: \"Clicks the ad\" → \"Scrolls\"", lines[3]);
        Assert.Equal("3 differences", lines[4]);
    }
}
