using Waymark.Testing;

namespace Waymark.Analytics.Tests.Support;

/// <summary>A fact that needs a file from ../shared/data and skips with the agreed reason when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string fileName)
    {
        if (SharedData.PathOf(fileName) is null)
        {
            Skip = SharedData.SkipReason;
        }
    }
}
