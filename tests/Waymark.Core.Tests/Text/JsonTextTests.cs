using System.Text;
using System.Text.Json;
using Waymark.Core.Text;

namespace Waymark.Core.Tests.Text;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("""{"a":"fine","b":[1,"x",{"c":"\u00e9 \ud83d\ude00"}]}""", null)]
    [InlineData("""{"k":"\ud800"}""", "k")]
    [InlineData("""{"properties":{"ok":"1","k":"x\udc00y"}}""", "properties.k")]
    [InlineData("""{"tags":["a","b","\ud83d"]}""", "tags[2]")]
    [InlineData("""{"properties":{"\ud800":1}}""", """properties["\ud800"]""")]
    [InlineData("\"\\ud800\"", "")]
    public void FindInvalid_Json_NamesThePathOfTheFirstBadString(string json, string? expected)
    {
        using var doc = JsonDocument.Parse(json);

        Assert.Equal(expected, JsonText.FindInvalid(doc.RootElement));
    }

    [Fact]
    public void FindInvalid_InvalidUtf8InAString_IsFound()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"properties":{"k":"a?b"}}""");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3; // a lead byte without its continuation
        using var doc = JsonDocument.Parse(bytes);

        Assert.Equal("properties.k", JsonText.FindInvalid(doc.RootElement));
        var name = Encoding.UTF8.GetBytes("""{"properties":{"a?b":"v"}}""");
        name[Array.IndexOf(name, (byte)'?')] = 0xC3;
        using var named = JsonDocument.Parse(name);
        Assert.Equal("properties[\"a\uFFFDb\"]", JsonText.FindInvalid(named.RootElement));
    }

    [Fact]
    public void FindInvalid_LongNames_CutInThePath()
    {
        var name = new string('n', 60) + "😀" + new string('m', 100);
        using var doc = JsonDocument.Parse("{\"" + name + "\":[\"\\ud800\"]}");

        var path = JsonText.FindInvalid(doc.RootElement)!;

        Assert.Equal(new string('n', 60) + "...[0]", path); // never half of the emoji
        Assert.True(Utf16Text.IsWellFormed(path));
    }

    [Fact]
    public void ReadRepaired_BadValuesAndNames_ReplacedByTheReplacementCharacter()
    {
        using var doc = JsonDocument.Parse("""{"half \ud800 pair":"tab\there \udc00\ud83d\ude00 \"q\" \\ \u00e9","ok":"fine"}""");
        var members = doc.RootElement.EnumerateObject().ToArray();

        var name = JsonText.NameRepaired(members[0], out var nameRepaired);
        var value = JsonText.ReadRepaired(members[0].Value, out var valueRepaired);
        var fine = JsonText.ReadRepaired(members[1].Value, out var fineRepaired);

        Assert.Equal(("half \uFFFD pair", true), (name, nameRepaired));
        Assert.Equal(("tab\there \uFFFD\U0001F600 \"q\" \\ \u00e9", true), (value, valueRepaired));
        Assert.Equal(("fine", false), (fine, fineRepaired));
        Assert.Null(JsonText.Read(members[0].Value));
        Assert.Null(JsonText.NameOf(members[0]));
    }
}
