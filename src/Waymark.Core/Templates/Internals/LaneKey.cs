using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>Finds a lane by its kind and, on multi-persona maps, the persona it speaks for.</summary>
internal readonly record struct LaneKey(LaneKind Kind, string? PersonaId);
