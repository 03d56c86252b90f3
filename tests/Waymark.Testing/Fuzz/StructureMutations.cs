using static Waymark.Testing.Fuzz.ByteMutations;

namespace Waymark.Testing.Fuzz;

/// <summary>Mutations that know the syntax: a JSON value or name swapped, XML and YAML tricks, a whole new body.</summary>
internal static class StructureMutations
{
    private static readonly (string Name, string Text)[] XmlTricks =
    [
        ("doctype with entity", "<!DOCTYPE log [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"),
        ("external entity", "<!DOCTYPE log [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>"),
        ("processing instruction", "<?xml-stylesheet href=\"http://evil\"?>"),
        ("unclosed element", "<event><string key=\"concept:name\" value=\"x\">"),
        ("stray close", "</trace></log></log>"),
        ("char ref to surrogate", "<string key=\"k\" value=\"&#xD800;\"/>"),
        ("char ref to NUL", "<string key=\"k\" value=\"&#0;\"/>"),
        ("date attribute min", "<date key=\"time:timestamp\" value=\"-9223372036854775808\"/>"),
        ("int attribute huge", "<int key=\"n\" value=\"99999999999999999999999\"/>"),
        ("deep elements", string.Concat(Enumerable.Repeat("<a>", 3_000)) + string.Concat(Enumerable.Repeat("</a>", 3_000))),
    ];

    private static readonly (string Name, string Text)[] YamlTricks =
    [
        ("anchor and alias", "x: &a [1, 2]\ny: *a\n"),
        ("alias bomb", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\n"),
        ("python tag", "x: !!python/object/apply:os.system [\"ls\"]\n"),
        ("binary tag", "x: !!binary AAAA\n"),
        ("second document", "---\nname: two\n"),
        ("tab indent", "\tname: x\n"),
        ("duplicate key", "name: a\nname: b\n"),
        ("complex key", "? [a, b]\n: c\n"),
        ("deep flow", new string('[', 3_000) + new string(']', 3_000) + "\n"),
        ("huge int", "schemaVersion: 99999999999999999999999999\n"),
    ];

    public static (byte[] Data, string Note) ReplaceJsonValue(Random random, byte[] data)
    {
        var values = JsonSpans.Find(data).Where(s => !s.Key).ToList();
        var (name, bytes) = HostileValues.JsonValues[random.Next(HostileValues.JsonValues.Count)];
        if (values.Count == 0)
        {
            return (bytes, $"whole body '{name}'");
        }

        var span = values[random.Next(values.Count)];
        return (Splice(data, span.At, span.Length, bytes), $"replace value@{N(span.At)}+{N(span.Length)} with '{name}'");
    }

    public static (byte[] Data, string Note) ReplaceJsonKey(Random random, byte[] data)
    {
        var keys = JsonSpans.Find(data).Where(s => s.Key).ToList();
        var (name, bytes) = HostileValues.JsonKeys[random.Next(HostileValues.JsonKeys.Count)];
        if (keys.Count == 0)
        {
            return InsertHostile(random, data);
        }

        var span = keys[random.Next(keys.Count)];
        return (Splice(data, span.At, span.Length, bytes), $"replace name@{N(span.At)} with '{name}'");
    }

    /// <summary>A property copied next to itself: the same name twice in one object.</summary>
    public static (byte[] Data, string Note) DuplicateJsonMember(Random random, byte[] data)
    {
        var spans = JsonSpans.Find(data);
        var keys = spans.Where(s => s.Key).ToList();
        if (keys.Count == 0)
        {
            return DuplicateSlice(random, data);
        }

        var key = keys[random.Next(keys.Count)];
        var value = spans.FirstOrDefault(s => !s.Key && s.At > key.At + key.Length);
        var end = value.Length > 0 ? value.At + value.Length : key.At + key.Length;
        var member = data[key.At..end];
        return (Splice(data, key.At, 0, [.. member, (byte)',']), $"duplicate member@{N(key.At)}");
    }

    public static (byte[] Data, string Note) XmlTrick(Random random, byte[] data) => Trick(random, data, XmlTricks);

    public static (byte[] Data, string Note) YamlTrick(Random random, byte[] data) => Trick(random, data, YamlTricks);

    private static (byte[] Data, string Note) Trick(Random random, byte[] data, (string Name, string Text)[] tricks)
    {
        var (name, text) = tricks[random.Next(tricks.Length)];
        var lineStarts = Tokens.IndexesOf(data, (byte)'\n').Select(i => i + 1).Prepend(0).ToList();
        var at = lineStarts[random.Next(lineStarts.Count)];
        return (Splice(data, at, 0, System.Text.Encoding.UTF8.GetBytes(text)), $"insert {name} at offset {N(at)}");
    }
}
