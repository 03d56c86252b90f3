using System.Text;
using Waymark.Core.FileFormat;
using Waymark.Core.Templates;

namespace Waymark.Testing.Fuzz;

/// <summary>Map documents (the samples and templates), persona documents, new-map requests and segment definitions.</summary>
public static class DocumentSeeds
{
    private static readonly string[] TemplateIds = ["saas-trial", "service-blueprint", "hotel-stay"];

    public static IReadOnlyList<FuzzSeed> MapsJson { get; } = [.. Samples(".json"), .. Templates(MapFormat.Json)];

    public static IReadOnlyList<FuzzSeed> MapsYaml { get; } = [.. Samples(".yaml"), .. Templates(MapFormat.Yaml)];

    /// <summary>Each sample map's personas as standalone persona documents.</summary>
    public static IReadOnlyList<FuzzSeed> Personas { get; } =
    [
        .. MapsJson.Take(3).SelectMany(s => MapSerializer.Read(s.Bytes, MapFormat.Json).Map!.Personas.Select(p =>
            new FuzzSeed($"persona {p.Id} of {s.Name}", Encoding.UTF8.GetBytes(PersonaSerializer.ToJson(p)), FuzzShape.Json))),
    ];

    public static IReadOnlyList<FuzzSeed> MapCreateRequests { get; } =
    [
        FuzzSeed.Text("blank map", """{"name":"Onboarding","kind":"currentState"}""", FuzzShape.Json),
        FuzzSeed.Text("template map", """{"name":"Trial","templateId":"saas-trial"}""", FuzzShape.Json),
        FuzzSeed.Text("future state", """{"kind":"futureState","name":null,"templateId":null}""", FuzzShape.Json),
    ];

    public static IReadOnlyList<FuzzSeed> Segments { get; } =
    [
        FuzzSeed.Text("segment full", """
            {"name":"EU buyers","description":"Bought in the EU on the web","conditions":{
              "attributes":[{"key":"region","values":["EU","UK"]},{"key":"plan","values":["pro"]}],
              "did":["Bought"],"didNot":["Churned"],"channels":["web","app"]}}
            """, FuzzShape.Json),
        FuzzSeed.Text("segment name only", """{"name":"Everyone"}""", FuzzShape.Json),
        FuzzSeed.Text("segment nulls", """{"name":"Quiet","description":null,"conditions":{"did":null,"attributes":[]}}""", FuzzShape.Json),
    ];

    private static IEnumerable<FuzzSeed> Samples(string extension) =>
        Directory.GetFiles(RepoPaths.Combine("samples"), "*.waymark" + extension).Order(StringComparer.Ordinal)
            .Select(f => new FuzzSeed(Path.GetFileName(f), File.ReadAllBytes(f), extension == ".json" ? FuzzShape.Json : FuzzShape.Yaml));

    private static IEnumerable<FuzzSeed> Templates(MapFormat format) => TemplateIds.Select(id =>
        new FuzzSeed($"template {id} ({format})", Encoding.UTF8.GetBytes(MapSerializer.Write(TemplateLibrary.Find(id)!.Create(), format)),
            format == MapFormat.Json ? FuzzShape.Json : FuzzShape.Yaml));
}
