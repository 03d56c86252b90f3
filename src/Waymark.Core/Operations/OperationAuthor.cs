namespace Waymark.Core.Operations;

/// <summary>Who sent an op: an account id (or a guest's or the local owner's) and the name others see.</summary>
public sealed record OperationAuthor(string Id, string Name);
