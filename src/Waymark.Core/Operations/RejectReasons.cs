namespace Waymark.Core.Operations;

/// <summary>Why an op was not applied (the JSON <c>reason</c> of a rejected op).</summary>
public static class RejectReasons
{
    /// <summary>The op names something another op deleted (the message says who).</summary>
    public const string Deleted = "deleted";

    /// <summary>An add of an id the map already holds (without restore).</summary>
    public const string Exists = "exists";

    /// <summary>The op names something the map does not hold and never deleted.</summary>
    public const string Missing = "missing";

    /// <summary>The op is malformed, or the map it would make breaks the file format's rules or limits.</summary>
    public const string Invalid = "invalid";
}
