namespace Waymark.Core.Maps;

/// <summary>What a <see cref="Citation"/> points at: a customer's words, a finding of "Where it hurts", or a measured figure.</summary>
public enum CitationKind
{
    Quote,
    Finding,
    Figure,
}
