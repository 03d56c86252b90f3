using System.Text;

namespace Waymark.Testing.Fuzz;

/// <summary>
/// The values a careless client or an attacker sends: broken text (lone surrogates as JSON escapes and as raw
/// UTF-8 bytes, invalid UTF-8, NUL, U+FFFF), terminal escapes, markup, huge and extreme numbers, wrong JSON
/// types, deep nesting, hostile file names. Each is a named byte sequence, so a failure names what was sent.
/// </summary>
public static class HostileValues
{
    /// <summary>Bytes dropped into text anywhere: inside a field, a JSON string, an XML attribute.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Fragments { get; } =
    [
        Text("json escape \\ud800", "\\ud800"),
        Text("json escape \\udc00", "\\udc00"),
        Text("json escape \\udbff\\udfff pair", "\\udbff\\udfff"),
        Text("json escape \\u0000", "\\u0000"),
        Text("json escape \\uffff", "\\uffff"),
        Raw("raw surrogate ED A0 80", 0xED, 0xA0, 0x80),
        Raw("raw surrogate ED B0 80", 0xED, 0xB0, 0x80),
        Raw("invalid utf-8 C3 28", 0xC3, 0x28),
        Raw("invalid utf-8 FF FE", 0xFF, 0xFE),
        Raw("lone continuation 80", 0x80),
        Raw("overlong C0 AF", 0xC0, 0xAF),
        Raw("5-byte F8 88 80 80 80", 0xF8, 0x88, 0x80, 0x80, 0x80),
        Raw("cut 3-byte E2 82", 0xE2, 0x82),
        Raw("NUL", 0x00),
        Text("U+FFFF", "\uFFFF"),
        Text("U+FFFE", "\uFFFE"),
        Text("U+FEFF inside", "\uFEFF"),
        Text("ANSI red", "\u001b[31mred\u001b[0m"),
        Text("ANSI clear screen", "\u001b[2J\u001b[H"),
        Text("OSC title", "\u001b]0;owned\u0007"),
        Text("bare ESC", "\u001b"),
        Text("BEL and backspace", "\u0007\b\b\b"),
        Text("script tag", "<script>alert(1)</script>"),
        Text("img onerror", "\"><img src=x onerror=alert(1)>"),
        Text("markup", "[red]x[/] [link=http://evil]y[/]"),
        Text("RTL override", "\u202Egnp.exe"),
        Text("zero width", "\u200B\u200D\u2060"),
        Text("line separator", "\u2028\u2029"),
        Text("emoji", "\U0001F680\U0001F469\u200D\U0001F4BB"),
        Text("combining", "e\u0301\u0301\u0301\u0301\u0301"),
        Text("sql", "'; DROP TABLE events; --"),
        Text("format string", "%s%n%x{0}{1}"),
        Text("template", "${jndi:ldap://x}{{7*7}}"),
        Text("path traversal", "../../etc/passwd"),
        Text("windows traversal", "..\\..\\windows\\win.ini"),
        Text("long text 100k", new string('A', 100_000)),
        Text("long line of commas", new string(',', 20_000)),
        Text("many quotes", new string('"', 1_001)),
        Text("unbalanced quote", "\"abc"),
        Text("CR", "\r"),
        Text("CRLF", "\r\n"),
        Text("lone LF", "\n"),
        Text("tab", "\t"),
        Text("min long", "-9223372036854775808"),
        Text("max long", "9223372036854775807"),
        Text("1e309", "1e309"),
        Text("NaN", "NaN"),
        Text("-Infinity", "-Infinity"),
        Text("year 0", "0000-00-00T00:00:00Z"),
        Text("year 10000", "10000-01-01T00:00:00Z"),
        Text("max date", "9999-12-31T23:59:59.9999999+14:00"),
        Text("min date", "0001-01-01T00:00:00-14:00"),
        Text("xml entity", "&xxe;&#0;&#xD800;&#x1F;"),
        Text("cdata", "<![CDATA[ x ]]>"),
        Text("yaml alias", "*a &b !!binary"),
    ];

    /// <summary>Whole JSON values that replace a value of a JSON document.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> JsonValues { get; } =
    [
        Text("string \\ud800", "\"\\ud800\""),
        Text("string \\udc00x", "\"\\udc00x\""),
        Text("string \\ud800\\ud800", "\"a\\ud800\\ud800b\""),
        Raw("string with raw surrogate", 0x22, 0x61, 0xED, 0xA0, 0x80, 0x22),
        Raw("string with invalid utf-8", 0x22, 0xC3, 0x28, 0x22),
        Text("string NUL escape", "\"\\u0000\""),
        Text("string U+FFFF", "\"\uFFFF\""),
        Text("string ANSI", "\"\\u001b[31mred\\u001b[0m\""),
        Text("string 100k", "\"" + new string('x', 100_000) + "\""),
        Text("empty string", "\"\""),
        Text("blank string", "\"   \""),
        Text("min long", "-9223372036854775808"),
        Text("max long", "9223372036854775807"),
        Text("max long + 1", "9223372036854775808"),
        Text("min long as string", "\"-9223372036854775808\""),
        Text("1e309", "1e309"),
        Text("-1e309", "-1e309"),
        Text("1e-400", "1e-400"),
        Text("NaN literal", "NaN"),
        Text("NaN string", "\"NaN\""),
        Text("Infinity string", "\"Infinity\""),
        Text("negative zero", "-0.0"),
        Text("huge digits", new string('9', 400)),
        Text("max double", "1.7976931348623157e308"),
        Text("int min", "-2147483648"),
        Text("true", "true"),
        Text("null", "null"),
        Text("empty array", "[]"),
        Text("empty object", "{}"),
        Text("array of strings", "[\"a\",\"b\"]"),
        Text("object with surrogate key", "{\"\\ud800\":1}"),
        Text("object with surrogate key and string", "{\"\\ud800\":\"v\"}"),
        Text("deep array 5000", new string('[', 5_000) + new string(']', 5_000)),
        Text("deep object 2000", string.Concat(Enumerable.Repeat("{\"a\":", 2_000)) + "1" + new string('}', 2_000)),
        Text("date min long ticks", "\"-9223372036854775808\""),
        Text("date year 0", "\"0000-01-01T00:00:00Z\""),
        Text("date year 10000", "\"10000-01-01T00:00:00Z\""),
        Text("date with bad zone", "\"2026-11-01T10:00:00+99:00\""),
        Text("script", "\"<script>alert(1)</script>\""),
        Text("traversal", "\"../../etc/passwd\""),
    ];

    /// <summary>Names that replace a JSON property name (the quotes included).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> JsonKeys { get; } =
    [
        Text("key \\ud800", "\"\\ud800\""),
        Text("key \\udc00", "\"\\udc00\""),
        Raw("key raw ED A0 80", 0x22, 0xED, 0xA0, 0x80, 0x22),
        Text("key empty", "\"\""),
        Text("key NUL", "\"\\u0000\""),
        Text("key ANSI", "\"\\u001b[2J\""),
        Text("key long", "\"" + new string('k', 10_000) + "\""),
        Text("key __proto__", "\"__proto__\""),
        Text("key $type", "\"$type\""),
        Text("key upper case", "\"CUSTOMERID\""),
    ];

    /// <summary>File names for uploads; {ext} is the entry point's extension, kept so the format stays the same.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "../../etc/passwd{ext}",
        "..\\..\\windows\\system32{ext}",
        "/etc/shadow{ext}",
        "%2e%2e%2f%2e%2e%2fetc{ext}",
        "a\u0000b{ext}",
        "\u001b[31mred\u001b[0m{ext}",
        "\ud800{ext}",
        "CON{ext}",
        "<script>alert(1)</script>{ext}",
        "\u202Etxt.exe{ext}",
        new string('n', 5_000) + "{ext}",
        "{ext}",
        "no-extension",
        "events.exe",
    ];

    private static (string, byte[]) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    private static (string, byte[]) Raw(string name, params byte[] bytes) => (name, bytes);
}
