using Waymark.Core.FileFormat;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.FileFormat;

/// <summary>Every built-in template, whatever the library holds, is a valid file that round-trips through YAML.</summary>
public sealed class TemplateFormatTests
{
    public static TheoryData<string> TemplateIds()
    {
        var data = new TheoryData<string>();
        foreach (var template in TemplateLibrary.All)
        {
            data.Add(template.Id);
        }

        // xunit refuses an empty MemberData; this marker keeps the theory meaningful while the library is empty.
        if (data.Count == 0)
        {
            data.Add(NoTemplates);
        }

        return data;
    }

    private const string NoTemplates = "(none)";

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void ToJson_BuiltInTemplate_ConformsToSchemaAndValidates(string id)
    {
        if (TemplateLibrary.Find(id) is not { } template)
        {
            Assert.Equal(NoTemplates, id);
            return;
        }

        var map = template.Create();
        var json = MapSerializer.ToJson(map);

        Assert.Empty(MapSchema.Errors(json));
        Assert.Empty(MapValidator.Validate(map));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void ToYaml_BuiltInTemplate_ReadsBackToIdenticalJson(string id)
    {
        if (TemplateLibrary.Find(id) is not { } template)
        {
            Assert.Equal(NoTemplates, id);
            return;
        }

        var json = MapSerializer.ToJson(template.Create());
        var fromJson = MapSerializer.Read(json, MapFormat.Json);
        var fromYaml = MapSerializer.Read(MapSerializer.ToYaml(fromJson.Map!), MapFormat.Yaml);

        Assert.Empty(fromJson.Problems);
        Assert.Empty(fromYaml.Problems);
        Assert.Equal(json, MapSerializer.ToJson(fromYaml.Map!));
    }
}
