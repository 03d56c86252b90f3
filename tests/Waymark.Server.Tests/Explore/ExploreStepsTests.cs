using Waymark.Analytics.Engine;
using Waymark.Core.Maps;
using Waymark.Server.Features.Explore;

namespace Waymark.Server.Tests.Explore;

public sealed class ExploreStepsTests
{
    private static JourneyMap Map() => new()
    {
        Stages =
        [
            new Stage
            {
                Id = "stg_1", Name = "One",
                Steps =
                [
                    new Step
                    {
                        Id = "stp_cart", Name = "Adds to cart",
                        Binding = new StepBinding { Activities = ["Cart", "Basket"], Filter = [new PropertyFilter { Property = "device", Value = "ios" }] },
                    },
                    new Step { Id = "stp_blank", Name = "", Binding = new StepBinding { Activities = ["Visit"] } },
                    new Step { Id = "stp_loose", Name = "Thinks" },
                ],
            },
        ],
    };

    [Fact]
    public void Resolve_MapStep_IsItsBindingNamedByItsLabel()
    {
        var (steps, problems) = ExploreSteps.Resolve(Map(), [new ExploreStepRef("stp_cart", null), new ExploreStepRef("stp_blank", null)], "steps");

        Assert.Empty(problems);
        Assert.Equal("Adds to cart", steps[0].Name);
        Assert.Equal(["Cart", "Basket"], steps[0].Activities);
        Assert.Equal([new PropertyCondition("device", "ios")], steps[0].Conditions);
        Assert.Equal("stp_blank", steps[1].Name);
    }

    [Fact]
    public void Resolve_Activity_IsItselfWithOrWithoutAMap()
    {
        var (steps, problems) = ExploreSteps.Resolve(null, [new ExploreStepRef(null, "Signup")], "steps");

        Assert.Empty(problems);
        var step = Assert.Single(steps);
        Assert.Equal("Signup", step.Name);
        Assert.Equal(["Signup"], step.Activities);
        Assert.Empty(step.Conditions);
    }

    [Fact]
    public void Resolve_BadRefs_ProblemsAtTheirJsonPaths()
    {
        ExploreStepRef[] refs =
        [
            new(null, null), new("stp_cart", "Cart"), new("stp_nope", null), new("stp_loose", null), null!,
        ];

        var (steps, problems) = ExploreSteps.Resolve(Map(), refs, "steps");
        var (_, noMap) = ExploreSteps.Resolve(null, [new ExploreStepRef("stp_cart", null)], "exclusions");

        Assert.Empty(steps);
        Assert.Equal(["steps[0]", "steps[1]", "steps[2].stepId", "steps[3].stepId", "steps[4]"], problems.Select(p => p.Path));
        Assert.Contains("not bound", problems[3].Message, StringComparison.Ordinal);
        Assert.Equal("exclusions[0].stepId", Assert.Single(noMap).Path);
    }

    [Fact]
    public void Resolve_NoRefs_IsEmpty()
    {
        var (steps, problems) = ExploreSteps.Resolve(Map(), null, "steps");

        Assert.Empty(steps);
        Assert.Empty(problems);
    }
}
