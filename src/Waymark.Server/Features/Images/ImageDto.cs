namespace Waymark.Server.Features.Images;

/// <summary>A stored image: its id (the SHA-256 of its bytes), the reference a map or persona carries, its type and size.</summary>
public sealed record ImageDto(string Id, string Ref, string ContentType, long Size);
