namespace Waymark.Core.Operations.Internals;

/// <summary>Stops applying one op; the applier turns it into a rejected <see cref="OperationResult"/>.</summary>
internal sealed class Rejection(string reason, string message, string? path = null, string? deletedBy = null) : Exception(message)
{
    public string Reason { get; } = reason;

    public string? Path { get; } = path;

    public string? DeletedBy { get; } = deletedBy;

    public static Rejection Invalid(string path, string message) => new(RejectReasons.Invalid, message, path);
}
