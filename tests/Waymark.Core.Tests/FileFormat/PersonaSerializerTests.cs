using Waymark.Core.FileFormat;
using Waymark.Core.Personas;

namespace Waymark.Core.Tests.FileFormat;

public sealed class PersonaSerializerTests
{
    [Fact]
    public void ToJson_Persona_SchemaVersionFirstAndEmptyPartsLeftOut()
    {
        var persona = new Persona { Id = "per_1", Name = "Pat", Age = "35-44", Needs = ["Speed"] };

        var json = PersonaSerializer.ToJson(persona);

        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"id\": \"per_1\",\n  \"name\": \"Pat\",\n  \"age\": \"35-44\",\n  \"needs\": [\n    \"Speed\"\n  ]\n}\n", json);
    }

    [Fact]
    public void Read_FullPersona_RoundTripsByteIdentical()
    {
        var persona = new Persona
        {
            Id = "per_1", Name = "Pat <script>", PhotoUrl = "https://example.com/p.jpg", Color = "#336699",
            Goals = new PersonaGoals { Professional = ["Ship"], Personal = ["Sleep"] },
            Channels = ["web", "custom:Fax"], Quote = "\"Just work\"",
            Backstory = new PersonaBackstory { EntryPoint = "Search", Why = "Deadline", What = "Compares", Outcomes = "Buys" },
        };
        var json = PersonaSerializer.ToJson(persona);

        var (read, problems) = PersonaSerializer.Read(json);

        Assert.Empty(problems);
        Assert.Equal(json, PersonaSerializer.ToJson(read!));
    }

    [Fact]
    public void Read_WithoutSchemaVersion_Accepted()
    {
        var (persona, problems) = PersonaSerializer.Read("{\"id\": \"per_1\", \"name\": \"Pat\"}");

        Assert.Empty(problems);
        Assert.Equal("Pat", persona!.Name);
    }

    [Fact]
    public void Read_BadPersona_EveryProblemWithPath()
    {
        var (_, problems) = PersonaSerializer.Read("{\"schemaVersion\": 3, \"id\": \"p 1\", \"name\": \"\", \"photoUrl\": \"javascript:x\", \"goals\": {\"work\": []}}");

        Assert.Equal(
            ["schemaVersion: schemaVersion 3 is not supported; supported versions: 1",
             "goals.work: unknown property \"work\"; allowed here: professional, personal",
             "id: \"p 1\" is not a valid id (1 to 64 letters, digits, '-' or '_')",
             "name: name is required",
             "photoUrl: photoUrl must be an absolute http or https URL"],
            problems.Select(p => $"{p.Path}: {p.Message}"));
    }

    [Fact]
    public void Read_MalformedOrNotUtf8_ProblemNotException()
    {
        Assert.StartsWith("invalid JSON", Assert.Single(PersonaSerializer.Read("{\"id\": ").Problems).Message, StringComparison.Ordinal);
        Assert.StartsWith("the document is not valid UTF-8", Assert.Single(PersonaSerializer.Read([0x7B, 0xFF, 0x7D]).Problems).Message, StringComparison.Ordinal);
    }
}
