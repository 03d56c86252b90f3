using System.Text.Json;
using Waymark.Core.Operations;

namespace Waymark.Server.Features.Collab;

/// <summary>An op as the log holds it and the hub's Applied event sends it (docs/adr/043); a restore names the seq it restored (adr/048).</summary>
public sealed record AppliedOp(long Seq, string Id, string AuthorId, string AuthorName, DateTime At, JsonElement Edit, KeyWriter? Replaced = null, long? RestoredFrom = null);
