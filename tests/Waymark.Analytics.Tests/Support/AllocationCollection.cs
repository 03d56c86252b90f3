namespace Waymark.Analytics.Tests.Support;

/// <summary>
/// Tests that measure allocation with the process-wide counter run alone: a test class running beside them would
/// add its own allocations to what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "allocation";
}
