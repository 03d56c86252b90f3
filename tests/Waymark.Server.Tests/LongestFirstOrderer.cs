using System.Globalization;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Waymark.Server.Tests.LongestFirstOrderer", "Waymark.Server.Tests")]

namespace Waymark.Server.Tests;

/// <summary>
/// Starts the test collections that take longest first (ADR 049). A collection's tests run one after another, so a
/// long one started late runs alone at the end while the other cores idle; started first, the short ones fill in
/// beside it. A collection's time is the sum of its classes' seconds in TestTimes.txt (a past whole run); a class
/// not listed there counts 3 seconds a test method.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private const double UnlistedSecondsPerTest = 3;
    private static readonly Lazy<Dictionary<string, double>> Times = new(ReadTimes);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var classesByCollection = ClassesByCollection();
        return testCollections
            .Select(c => (Collection: c, Seconds: Seconds(c, classesByCollection)))
            .OrderByDescending(c => c.Seconds)
            .ThenBy(c => c.Collection.DisplayName, StringComparer.Ordinal)
            .Select(c => c.Collection)
            .ToList();
    }

    private static double Seconds(ITestCollection collection, Dictionary<string, List<Type>> classesByCollection)
    {
        // A class without [Collection] is its own collection, named "Test collection for <full class name>".
        const string OwnPrefix = "Test collection for ";
        var classes = collection.DisplayName.StartsWith(OwnPrefix, StringComparison.Ordinal)
            ? typeof(LongestFirstOrderer).Assembly.GetType(collection.DisplayName[OwnPrefix.Length..]) is { } own ? [own] : []
            : classesByCollection.GetValueOrDefault(collection.DisplayName, []);
        return classes.Sum(ClassSeconds);
    }

    private static double ClassSeconds(Type type) =>
        Times.Value.TryGetValue(type.FullName ?? "", out var seconds)
            ? seconds
            : UnlistedSecondsPerTest * type.GetMethods().Count(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any());

    private static Dictionary<string, List<Type>> ClassesByCollection()
    {
        var map = new Dictionary<string, List<Type>>(StringComparer.Ordinal);
        foreach (var type in typeof(LongestFirstOrderer).Assembly.GetTypes())
        {
            if (type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute))
                ?.ConstructorArguments.FirstOrDefault().Value is string name)
            {
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                }

                list.Add(type);
            }
        }

        return map;
    }

    private static Dictionary<string, double> ReadTimes()
    {
        using var stream = typeof(LongestFirstOrderer).Assembly.GetManifestResourceStream("Waymark.Server.Tests.TestTimes.txt");
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        if (stream is null)
        {
            return times;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && !line.StartsWith('#')
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                times[parts[1]] = seconds;
            }
        }

        return times;
    }
}
