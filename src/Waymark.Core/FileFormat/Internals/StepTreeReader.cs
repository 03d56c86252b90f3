using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

internal static class StepTreeReader
{
    public static Step? Read(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var step = new Step
        {
            Id = o.RequiredText("id"),
            Name = o.RequiredText("name"),
            Description = o.Text("description"),
            Binding = o.Object("binding", (item, itemPath) => Binding(item, itemPath, context)),
        };
        o.Finish();
        return step;
    }

    private static StepBinding? Binding(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var binding = new StepBinding
        {
            Activities = o.Texts("activities"),
            Filter = o.List("filter", (item, itemPath) => Filter(item, itemPath, context)),
            Keywords = o.Texts("keywords"),
        };
        o.Finish();
        return binding;
    }

    private static PropertyFilter? Filter(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var filter = new PropertyFilter { Property = o.RequiredText("property"), Value = o.RequiredText("value") };
        o.Finish();
        return filter;
    }
}
