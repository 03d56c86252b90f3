namespace Waymark.Server.Features.Common;

/// <summary>Problem answers that several kinds of route give alike, declared once for the OpenAPI document.</summary>
internal static class OpenApiAnswers
{
    /// <summary>A write that needs If-Match: 428 without it, 412 when it is stale.</summary>
    public static RouteHandlerBuilder ProducesIfMatchProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>An upload (the file as it is): 413 over a limit, 422 when it cannot be read as text of its format.</summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder builder, string description) => builder
        .AcceptsAnyFile(description)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
