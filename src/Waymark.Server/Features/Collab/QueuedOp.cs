using Waymark.Core.Operations;

namespace Waymark.Server.Features.Collab;

/// <summary>A well-formed op waiting in its map's queue, with who sent it.</summary>
internal sealed record QueuedOp(MapOperation Op, OperationAuthor Author);
