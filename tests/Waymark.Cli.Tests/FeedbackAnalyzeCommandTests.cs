using System.Text;
using System.Text.Json.Nodes;

namespace Waymark.Cli.Tests;

public sealed class FeedbackAnalyzeCommandTests : IDisposable
{
    private static readonly string[] Added = ["sentiment", "emotion", "emotions", "effort", "high_effort", "intent", "topics"];
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Write(string name, string content)
    {
        var path = _cli.PathOf(name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static List<string[]> Csv(string text, char separator = ',')
    {
        var table = Waymark.Analytics.Import.DelimitedReader.Read(new StringReader(text), separator);
        Assert.Null(table.Problem);
        return table.Rows.Select(r => r.Fields).ToList();
    }

    [Fact]
    public async Task Analyze_NdjsonMemberTwice_NamesTheFileLineAndMember()
    {
        var file = Write("twice.ndjson", "{\"text\":\"fine\"}\n{\"text\":\"slow\",\"text\":\"fast\"}\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("twice.ndjson:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'text'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":\"half \\ud800 a pair\"}", "text")]
    [InlineData("{\"text\":\"fine\",\"meta\":{\"\\udc00\":\"x\"}}", "meta[")]
    public async Task Analyze_NdjsonTextNotText_NamesTheFileLineAndMember(string second, string member)
    {
        var file = Write("bad.ndjson", "{\"text\":\"fine\"}\n" + second + "\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"bad.ndjson:2: {member}", result.Error, StringComparison.Ordinal);
        Assert.Contains("not valid Unicode text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_HeaderOnly_WritesTheHeaderWithTheAddedColumns()
    {
        var file = Write("empty.csv", "id,comment\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "comment");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([["id", "comment", .. Added]], Csv(result.Output));
    }

    [Fact]
    public async Task Analyze_Csv_KeepsEveryRowAndAddsTheColumns()
    {
        var file = Write("f.csv", "id,comment,score\n"
            + "1,\"Setup was easy, love it\",9\n"
            + "2,\"On hold for an hour, I want a refund!\",2\n"
            + "3,,5\n"
            + "4,\"The CSV import failed, I'm furious\",1\n"
            + "5,\"CSV import fails again. How do I fix it?\",3\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "comment");

        Assert.Equal(0, result.ExitCode);
        var rows = Csv(result.Output);
        Assert.Equal(["id", "comment", "score", .. Added], rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(10, r.Length));
        Assert.Equal(["1", "Setup was easy, love it", "9"], rows[1][..3]);
        Assert.True(double.Parse(rows[1][3], System.Globalization.CultureInfo.InvariantCulture) > 0.3);
        Assert.Equal("joy", rows[1][4]);
        Assert.Equal("true", rows[2][7]);
        Assert.Contains("refund", rows[2][8].Split(';'));
        Assert.Equal(["3", "", "5", "0", "", "", "0", "false", "", ""], rows[3]);
        Assert.Equal("anger", rows[4][4]);
        Assert.StartsWith("anger:", rows[4][5], StringComparison.Ordinal);
        Assert.Contains("question", rows[5][8].Split(';'));
        Assert.Contains("csv import", rows[4][9].Split(';'));
        Assert.Contains("csv import", rows[5][9].Split(';'));
        Assert.Contains("Analysed 5 rows (4 with text)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TsvToOutFile_WritesTsv()
    {
        var file = Write("f.tsv", "text\tsource\nGreat support, thanks!\treview\nI will cancel my plan\tchat\n");
        var output = _cli.PathOf("scored.tsv");

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "text", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        var rows = Csv(File.ReadAllText(output), '\t');
        Assert.Equal(["text", "source", .. Added], rows[0]);
        Assert.Contains("praise", rows[1][7].Split(';'));
        Assert.Contains("cancel", rows[2][7].Split(';'));
    }

    [Fact]
    public async Task Analyze_Ndjson_AddsFieldsToEveryObject()
    {
        var file = Write("f.ndjson", "{\"id\":\"a\",\"text\":\"Terrible app, it keeps crashing\"}\n\n{\"id\":\"b\",\"text\":null}\n{\"id\":\"c\"}\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "text");

        Assert.Equal(0, result.ExitCode);
        var items = result.OutputLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(["a", "b", "c"], items.Select(i => (string)i["id"]!));
        Assert.True((double)items[0]["sentiment"]! < 0);
        Assert.Equal(0, (double)items[1]["sentiment"]!);
        Assert.False((bool)items[2]["high_effort"]!);
        Assert.All(items, i => Assert.All(Added, name => Assert.True(i.ContainsKey(name), name)));
    }

    [Fact]
    public async Task Analyze_ItsOwnOutput_ReplacesTheColumnsInsteadOfAddingMore()
    {
        var file = Write("f.csv", "comment\nLove it\n");
        var first = _cli.PathOf("once.csv");
        await _cli.RunAsync("feedback", "analyze", file, "-t", "comment", "-o", first);

        var again = await _cli.RunAsync("feedback", "analyze", first, "-t", "comment");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllText(first), again.Output);
    }

    [Fact]
    public async Task Analyze_QuotedFieldsWithLineBreaksAndQuotes_RoundTrip()
    {
        var file = Write("f.csv", "comment,n\n\"Line one\nline \"\"two\"\"\",1\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "comment");

        var rows = Csv(result.Output);
        Assert.Equal("Line one\nline \"two\"", rows[1][0]);
        Assert.Equal("1", rows[1][1]);
    }

    [Fact]
    public async Task Analyze_MissingTextColumn_NamesTheFileAndColumns()
    {
        var file = Write("f.csv", "id,comment\n1,hi\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "text");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("f.csv:1: no column named 'text' (columns: id, comment)", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("comment,n\nfine,1\n\"never closed,2\nmore,3\n", "f.csv:3: a quoted field is never closed")]
    [InlineData("comment,n\n\"two\nlines\"x,2\nmore,3\n", "f.csv:3: unexpected character after a closing quote")]
    [InlineData("comment,n\nfine,1\nbad,2,extra\n", "f.csv:3: 3 fields, but the header names 2 columns")]
    public async Task Analyze_MalformedCsv_NamesTheLineOfTheProblem(string content, string expected)
    {
        var file = Write("f.csv", content);

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "comment");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NotUtf8_NamesTheLine()
    {
        var path = _cli.PathOf("latin1.csv");
        File.WriteAllBytes(path, [.. "comment\nfine\n"u8, (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

        var result = await _cli.RunAsync("feedback", "analyze", path, "-t", "comment");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("latin1.csv:3: not UTF-8 (byte 0xE9", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_Utf16File_IsRefused()
    {
        var path = _cli.PathOf("u16.csv");
        File.WriteAllText(path, "comment\nfine\n", Encoding.Unicode);

        var result = await _cli.RunAsync("feedback", "analyze", path, "-t", "comment");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("UTF-16", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_BadJsonLine_NamesTheLine()
    {
        var file = Write("f.ndjson", "{\"text\":\"ok\"}\n{\"text\": oops}\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "text");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("f.ndjson:2: not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MissingFile_IsAnIoError()
    {
        var result = await _cli.RunAsync("feedback", "analyze", _cli.PathOf("nope.csv"), "-t", "text");

        Assert.Equal(ExitCodes.IoError, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_FormatOption_OverridesTheExtension()
    {
        var file = Write("f.txt", "{\"text\":\"great\"}\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "text", "--format", "ndjson");

        Assert.Equal(0, result.ExitCode);
        Assert.True((double)JsonNode.Parse(result.OutputLines[0])!["sentiment"]! > 0);
    }

    [Fact]
    public async Task Analyze_HostileText_IsAnalysed()
    {
        var huge = new string('x', 300_000);
        var file = Write("f.csv", "comment\n\"<script>alert(1)</script> awful\"\n" + huge + "\n\"\u0001\u0002 😡😡😡\"\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "-t", "comment");

        Assert.Equal(0, result.ExitCode);
        var rows = Csv(result.Output);
        Assert.Equal(4, rows.Count);
        Assert.Equal("<script>alert(1)</script> awful", rows[1][0]);
        Assert.True(double.Parse(rows[3][1], System.Globalization.CultureInfo.InvariantCulture) < 0);
    }
}
