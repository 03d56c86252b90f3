using Xunit.Abstractions;
using Xunit.Sdk;

namespace Waymark.Testing.ClickHouse;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests: one skipped case when the class needs a missing ClickHouse.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkippedStoreTestCase.ReasonFor(testMethod) is { } reason
            ? [SkippedStoreTestCase.Create(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

/// <summary>Finds <see cref="StoreTheoryAttribute"/> tests: one skipped case when the class needs a missing ClickHouse.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        SkippedStoreTestCase.ReasonFor(testMethod) is { } reason
            ? [SkippedStoreTestCase.Create(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A test case that is reported as skipped with a reason decided at discovery (xunit 2 has no dynamic skip).</summary>
public sealed class SkippedStoreTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedStoreTestCase()
    {
    }

    private SkippedStoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod) => _reason = reason;

    /// <summary>Why the method's class cannot run here, or null when it can.</summary>
    public static string? ReasonFor(ITestMethod testMethod)
    {
        var type = testMethod.TestClass.Class;
        var reason = type.GetCustomAttributes(typeof(NeedsClickHouseAttribute)).Any() ? ClickHouseServer.SkipReason : null;
        return reason ?? (type.GetCustomAttributes(typeof(NeedsZooKeeperAttribute)).Any() ? ZooKeeperServer.SkipReason : null);
    }

    public static SkippedStoreTestCase Create(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason) =>
        new(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
