using Waymark.Core.Maps;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.Templates;

public sealed class TemplateLibraryTests
{
    public static TheoryData<string> TemplateIds()
    {
        var data = new TheoryData<string>();
        foreach (var template in TemplateLibrary.All)
        {
            data.Add(template.Id);
        }

        return data;
    }

    [Theory]
    [InlineData("saas-trial")]
    [InlineData("ecommerce-purchase")]
    [InlineData("restaurant-visit")]
    [InlineData("buying-a-car")]
    [InlineData("b2b-bank-account")]
    [InlineData("mobile-app-first-week")]
    [InlineData("subscription-renewal")]
    [InlineData("churn-journey")]
    [InlineData("day-in-the-life")]
    [InlineData("service-blueprint")]
    public void Find_RequiredSlug_ReturnsTemplateWithThatId(string id)
    {
        var template = TemplateLibrary.Find(id);

        Assert.NotNull(template);
        Assert.Equal(id, template.Id);
    }

    [Fact]
    public void All_Always_HasAtLeastTenTemplates()
    {
        Assert.True(TemplateLibrary.All.Count >= 10, $"only {TemplateLibrary.All.Count} templates");
    }

    [Fact]
    public void All_Always_HasUniqueTemplateIds()
    {
        var ids = TemplateLibrary.All.Select(t => t.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(TemplateLibrary.Find("no-such-template"));
    }

    [Theory]
    [InlineData("subscription-renewal", MapKind.Renewal)]
    [InlineData("churn-journey", MapKind.Churn)]
    [InlineData("day-in-the-life", MapKind.DayInTheLife)]
    [InlineData("service-blueprint", MapKind.ServiceBlueprint)]
    public void Create_KindedTemplate_HasThatKind(string id, MapKind kind)
    {
        var template = TemplateLibrary.Find(id)!;

        Assert.Equal(kind, template.Kind);
        Assert.Equal(kind, template.Create().Kind);
    }

    [Fact]
    public void All_EmotionScales_IncludeOneToFiveAndAWideScale()
    {
        var scales = TemplateLibrary.All.Select(t => t.Create().EmotionScale).ToHashSet();

        Assert.Contains(EmotionScale.MinusTwoToTwo, scales);
        Assert.Contains(EmotionScale.OneToFive, scales);
        Assert.True(scales.Contains(EmotionScale.OneToTen) || scales.Contains(EmotionScale.MinusFiveToFive));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_CalledTwice_ReturnsIndependentEqualGraphs(string id)
    {
        var template = TemplateLibrary.Find(id)!;
        var first = template.Create();
        var second = template.Create();

        Assert.NotSame(first, second);
        Assert.Equal(TemplateFacts.AllIds(first), TemplateFacts.AllIds(second));
        first.Stages[0].Steps[0].Name = "changed";
        first.Lanes[0].Cells.Clear();
        first.Personas[0].Needs.Clear();
        Assert.NotEqual("changed", second.Stages[0].Steps[0].Name);
        Assert.NotEmpty(second.Lanes[0].Cells);
        Assert.NotEmpty(second.Personas[0].Needs);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_MatchesTemplateMetadata(string id)
    {
        var template = TemplateLibrary.Find(id)!;
        var map = template.Create();

        Assert.Equal(template.Kind, map.Kind);
        Assert.Equal(template.Name, map.Name);
        Assert.False(string.IsNullOrWhiteSpace(template.Summary));
        Assert.False(string.IsNullOrWhiteSpace(map.Description));
    }
}
