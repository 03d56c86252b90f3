namespace Waymark.Core.FileFormat.Internals;

/// <summary>One property of an object node, with the line its key is on (for problem reports).</summary>
internal sealed record DocMember(string Name, DocNode Value, int Line);
