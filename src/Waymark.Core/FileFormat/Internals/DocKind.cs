namespace Waymark.Core.FileFormat.Internals;

/// <summary>The value kinds JSON and YAML documents share once parsed.</summary>
internal enum DocKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
