using System.Globalization;
using System.Numerics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Turns one YAML scalar into a tree node by its tag (only the core ones) or, when untagged, by the core schema.</summary>
internal static class YamlScalarResolver
{
    public const string TagPrefix = "tag:yaml.org,2002:";
    public const string StrTag = TagPrefix + "str";

    public static DocNode? Resolve(Scalar scalar, int line, out string? problem)
    {
        problem = null;
        var value = scalar.Value;
        if (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific)
        {
            return scalar.Style == ScalarStyle.Plain && !scalar.Tag.IsNonSpecific ? Plain(value, line) : DocNode.String(value, line);
        }

        var resolved = scalar.Tag.Value switch
        {
            StrTag => DocNode.String(value, line),
            TagPrefix + "int" or TagPrefix + "float" when YamlCoreSchema.IsNumber(value) => Number(value, line),
            TagPrefix + "bool" when YamlCoreSchema.Resolve(value) is DocKind.True or DocKind.False => Plain(value, line),
            TagPrefix + "null" when YamlCoreSchema.Resolve(value) == DocKind.Null => DocNode.Null(line),
            _ => null,
        };
        if (resolved is null)
        {
            problem = $"the tag {scalar.Tag.Value} is not allowed here; map files use plain YAML only";
        }

        return resolved;
    }

    private static DocNode Plain(string value, int line) => YamlCoreSchema.Resolve(value) switch
    {
        DocKind.Null => DocNode.Null(line),
        DocKind.True => DocNode.Bool(true, line),
        DocKind.False => DocNode.Bool(false, line),
        DocKind.Number => Number(value, line),
        _ => DocNode.String(value, line),
    };

    /// <summary>Hex and octal integers become decimal text so later stages parse one number syntax only.</summary>
    private static DocNode Number(string value, int line)
    {
        if (YamlCoreSchema.IsHex(value) && value.Length <= 66)
        {
            var hex = BigInteger.Parse("0" + value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            return DocNode.Number(hex.ToString(CultureInfo.InvariantCulture), line);
        }

        if (YamlCoreSchema.IsOctal(value) && value.Length <= 66)
        {
            var octal = BigInteger.Zero;
            foreach (var digit in value.AsSpan(2))
            {
                octal = (octal * 8) + (digit - '0');
            }

            return DocNode.Number(octal.ToString(CultureInfo.InvariantCulture), line);
        }

        return DocNode.Number(value, line);
    }
}
