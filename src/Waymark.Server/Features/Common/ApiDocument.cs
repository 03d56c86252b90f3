using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Waymark.Server.Features.Common;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, which web/src/api/openapi.json commits and the web client's types are
/// generated from: the same for every server and run, so it has no server address (the client calls its own origin)
/// and its paths and schemas are in ordinal order rather than the order features happen to be mapped in.
/// </summary>
internal static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer(OptionalQueryArrays);
        options.AddDocumentTransformer(Order);
    }

    /// <summary>
    /// A list in the query string (?source=survey&amp;source=chat) binds as empty when absent, so it is never
    /// required; the build-time route handlers (ADR 052) mark a nullable list property of an [AsParameters] type
    /// as required, which the binder does not enforce.
    /// </summary>
    private static Task OptionalQueryArrays(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Schema?.Type == JsonSchemaType.Array)
            {
                parameter.Required = false;
            }
        }

        return Task.CompletedTask;
    }

    private static Task Order(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Waymark",
            Version = "v1",
            Description = "Journey maps, personas, customer data and the figures over maps. Errors are RFC 7807 problem details.",
        };
        document.Servers = [];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths.Add(path, item);
            foreach (var operation in item.Operations?.Values.AsEnumerable() ?? [])
            {
                SortResponses(operation);
            }
        }

        document.Paths = paths;
        if (document.Components?.Schemas is { } schemas)
        {
            document.Components.Schemas = new SortedDictionary<string, IOpenApiSchema>(schemas, StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }

    /// <summary>By status code: the workspace group's 404 is added before an endpoint's own answers.</summary>
    private static void SortResponses(OpenApiOperation operation)
    {
        if (operation.Responses is not { } responses)
        {
            return;
        }

        var sorted = new OpenApiResponses();
        foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted.Add(status, response);
        }

        operation.Responses = sorted;
    }
}
