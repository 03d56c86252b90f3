using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Common;

/// <summary>Reads a raw document body, refusing more than a map document may be before buffering it all.</summary>
internal static class RequestBody
{
    public const int Limit = MapLimits.MaxDocumentBytes;

    /// <summary>The types a YAML map document may come as (the registered one and those tools still send).</summary>
    public static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    /// <summary>The body's bytes, or null when it is over <see cref="Limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > Limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>YAML when ?format=yaml or a YAML content type; JSON otherwise.</summary>
    public static MapFormat FormatOf(HttpRequest request, string? format)
    {
        if (format is not null)
        {
            return format.Equals("yaml", StringComparison.OrdinalIgnoreCase) || format.Equals("yml", StringComparison.OrdinalIgnoreCase)
                ? MapFormat.Yaml : MapFormat.Json;
        }

        return request.ContentType?.Contains("yaml", StringComparison.OrdinalIgnoreCase) == true ? MapFormat.Yaml : MapFormat.Json;
    }
}
