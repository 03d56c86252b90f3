using Microsoft.OpenApi;

namespace Waymark.Server.Features.Common;

/// <summary>
/// Request bodies that handlers read themselves, described in the OpenAPI document only. What routing and the
/// content-type guard accept stays what <c>Accepts</c> declares (or, for uploads, nothing: any type).
/// </summary>
internal static class OpenApiBodies
{
    public const string MapDocument = "A map document as docs/schema/waymark-map.schema.json defines it (in JSON, or the same in YAML)";

    public const string PersonaDocument =
        "A persona document: #/definitions/persona of docs/schema/waymark-map.schema.json, with an optional schemaVersion";

    /// <summary>A file taken as it is. Upload routes declare no Accepts: that would refuse the types files come with.</summary>
    public static RouteHandlerBuilder AcceptsAnyFile(this RouteHandlerBuilder builder, string description) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["application/octet-stream"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>
    /// A document of the file format, read by its own serializer rather than bound (so <c>Accepts&lt;string&gt;</c>
    /// would describe it as a JSON string): an object, defined by the schema <paramref name="description"/> names.
    /// </summary>
    public static RouteHandlerBuilder AcceptsDocument(this RouteHandlerBuilder builder, string description) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody is OpenApiRequestBody { Content: { } content } body)
            {
                body.Description = description;
                foreach (var type in content.Values)
                {
                    type.Schema = new OpenApiSchema { Type = JsonSchemaType.Object };
                }
            }

            return Task.CompletedTask;
        });
}
