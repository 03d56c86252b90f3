using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waymark.Core.Diff;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Diff;

/// <summary>Nothing spurious: a map against itself, a deep copy, or a copy with fresh ids has no differences.</summary>
public sealed class MapDifferIdentityTests
{
    [Fact]
    public void Compare_MapWithItself_EmptyByIds()
    {
        var map = MapBuilder.Sample().Build();

        var diff = MapDiffer.Compare(map, map);

        DiffAssert.Empty(diff);
        Assert.Equal(DiffMatching.Ids, diff.Matching);
    }

    [Fact]
    public void Compare_CopyWithFreshIds_EmptyByNames()
    {
        var map = MapBuilder.Sample().Build();

        var diff = MapDiffer.Compare(map, MapCopier.Copy(map, newIds: true));

        DiffAssert.Empty(diff);
        Assert.Equal(DiffMatching.NamesAndPositions, diff.Matching);
    }

    [Fact]
    public void Compare_EveryTemplateWithItsFreshCopy_Empty()
    {
        foreach (var template in TemplateLibrary.All)
        {
            var map = template.Create();

            DiffAssert.Empty(MapDiffer.Compare(map, MapCopier.Copy(map, newIds: true)));
            DiffAssert.Empty(MapDiffer.Compare(map, template.Create()));
        }
    }

    [Property(MaxTest = 100)]
    public Property Compare_RandomMapWithCopies_Empty() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
        {
            DiffAssert.Empty(MapDiffer.Compare(map, MapCopier.Copy(map, newIds: false)));
            DiffAssert.Empty(MapDiffer.Compare(map, MapCopier.Copy(map, newIds: true)));
        });

    [Fact]
    public void Compare_SameMapsTwice_SameChangesInSameOrder()
    {
        var before = MapBuilder.Sample().Build();
        var after = MapCopier.Copy(before, newIds: false);
        after.Stages.Reverse();
        after.Lanes.RemoveAt(3);
        after.Lanes[0].Cells["stp_ad"].Text = "Scrolls past the ad";

        var first = MapDiffer.Compare(before, after);
        var second = MapDiffer.Compare(before, after);

        Assert.NotEmpty(first.Changes);
        Assert.Equal(first.Changes, second.Changes);
    }
}
