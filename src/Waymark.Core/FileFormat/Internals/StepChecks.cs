using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

internal static class StepChecks
{
    public static void Check(Step step, string path, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), step.Id);
        v.Name(DocPath.Property(path, "name"), step.Name);
        v.Text(DocPath.Property(path, "description"), step.Description);
        if (step.Binding is not { } binding)
        {
            return;
        }

        var bindingPath = DocPath.Property(path, "binding");
        var activities = DocPath.Property(bindingPath, "activities");
        for (var i = 0; i < (binding.Activities?.Count ?? 0); i++)
        {
            v.Name(DocPath.Index(activities, i), binding.Activities![i], "activity name");
        }

        foreach (var (filter, filterPath) in v.Each(DocPath.Property(bindingPath, "filter"), binding.Filter))
        {
            v.Name(DocPath.Property(filterPath, "property"), filter.Property, "property");
            v.Text(DocPath.Property(filterPath, "value"), filter.Value);
        }

        CheckKeywords(binding.Keywords, DocPath.Property(bindingPath, "keywords"), v);
    }

    private static void CheckKeywords(List<string>? keywords, string path, ValidationContext v)
    {
        var count = keywords?.Count ?? 0;
        if (count > MapLimits.MaxKeywords)
        {
            v.Report(path, $"{count.ToString(CultureInfo.InvariantCulture)} keywords; a step may have at most {MapLimits.MaxKeywords.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var i = 0; i < count; i++)
        {
            var itemPath = DocPath.Index(path, i);
            if (keywords![i] is null)
            {
                v.Report(itemPath, "keyword is missing (null)");
                continue;
            }

            v.Short(itemPath, keywords[i], MapLimits.MaxKeywordLength, "keyword");
        }
    }
}
