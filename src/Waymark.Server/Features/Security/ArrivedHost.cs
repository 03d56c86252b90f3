namespace Waymark.Server.Features.Security;

/// <summary>
/// The Host header a request arrived with, before a trusted proxy's X-Forwarded-Host replaced it. The proxy passes on
/// the browser's Host; a browser that reaches Kestrel directly from a trusted address (one on the proxy's own
/// machine) sends its own, which must name this server too.
/// </summary>
internal sealed record ArrivedHost(HostString Host);
