using Waymark.Core.FileFormat;
using Waymark.Core.Templates;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Tests.Templates;

/// <summary>The template files themselves: canonical, named after their map, each with its own place in the picker.</summary>
public sealed class TemplateFileTests
{
    private const string Fix =
        "write the map below its header lines exactly as `waymark convert <file> -o <copy>.waymark.yaml` writes it";

    public static TheoryData<string> TemplateIds() => TemplateLibraryTests.TemplateIds();

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void ReadAll_EveryFile_IsTheCanonicalYamlOfItsMap(string id)
    {
        var file = TemplateFiles.ReadAll().Single(f => f.Id == id);

        Assert.True(MapSerializer.ToYaml(file.Map) == file.Yaml, $"{id}.waymark.yaml is not canonical: {Fix}");
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_WritesTheFilesYamlAndJson(string id)
    {
        var file = TemplateFiles.ReadAll().Single(f => f.Id == id);
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.Equal(file.Yaml, MapSerializer.ToYaml(map));
        Assert.Equal(MapSerializer.ToJson(MapSerializer.Read(file.Yaml, MapFormat.Yaml).Map!), MapSerializer.ToJson(map));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void ReadAll_EveryFile_NamesItsMapAfterTheFile(string id)
    {
        var file = TemplateFiles.ReadAll().Single(f => f.Id == id);

        Assert.Equal("map-" + id, file.Map.Id);
    }

    [Fact]
    public void ReadAll_Always_GivesEveryTemplateItsOwnOrder()
    {
        var orders = TemplateFiles.ReadAll().Select(f => f.Header.Order).ToList();

        Assert.Equal(orders.Order(), orders);
        Assert.Equal(orders.Count, orders.Distinct().Count());
    }

    [Fact]
    public void All_Always_FollowsTheFilesOrder()
    {
        Assert.Equal(TemplateFiles.ReadAll().Select(f => f.Id), TemplateLibrary.All.Select(t => t.Id));
    }

    [Fact]
    public void Read_MapWithProblems_ThrowsNamingTheFileAndEveryProblem()
    {
        var text = "# order: 1\n# summary: Broken\nschemaVersion: 1\nid: map-x\nname: X\nkind: sideways\nlanes: 3\n";

        var error = Assert.Throws<InvalidOperationException>(() => TemplateFiles.Read("x", Utf8(text)));

        Assert.Contains("x.waymark.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("kind", error.Message, StringComparison.Ordinal);
        Assert.Contains("lanes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenHeader_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TemplateFiles.Read("x", Utf8("# order: 1\nschemaVersion: 1\nid: map-x\nname: X\n")));

        Assert.Contains("x.waymark.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidFile_KeepsTheMapBelowTheHeader()
    {
        var file = TemplateFiles.Read("x", Utf8("\uFEFF# order: 7\n# summary: A test.\nschemaVersion: 1\nid: map-x\nname: X\n"));

        Assert.Equal(new TemplateHeader(7, "A test."), file.Header);
        Assert.Equal("schemaVersion: 1\nid: map-x\nname: X\n", file.Yaml);
        Assert.Equal("X", file.Map.Name);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
