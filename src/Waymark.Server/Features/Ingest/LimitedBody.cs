using Microsoft.AspNetCore.Http.Features;

namespace Waymark.Server.Features.Ingest;

/// <summary>Reads a request body up to a limit, refusing (null) as soon as it is known to be larger.</summary>
internal static class LimitedBody
{
    private const int ChunkSize = 81920;

    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Kestrel's server-wide cap must not answer first with a bare 413 when Ingest:MaxBodyBytes is set above it.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size &&
            size.MaxRequestBodySize < limit + ChunkSize)
        {
            size.MaxRequestBodySize = limit + ChunkSize;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : ChunkSize);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
