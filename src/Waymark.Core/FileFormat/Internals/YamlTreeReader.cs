using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Parses YAML into a document tree. Plain scalars resolve by the YAML 1.2 core schema; anchors, aliases, custom
/// tags and further documents are refused, so alias bombs and type tricks never get in.
/// </summary>
internal static class YamlTreeReader
{
    public static DocNode? Read(string text, List<MapProblem> problems)
    {
        var tree = new TreeAssembler(problems);
        var parser = new Parser(new StringReader(text));
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is DocumentStart && ++documents > 1)
                {
                    tree.Report(DocPath.Root, "a file holds one map, but this one has more than one YAML document (\"---\")", LineOf(current.Start));
                    return null;
                }

                if (!Accept(current, tree))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            problems.Add(SyntaxProblem(ex));
            return null;
        }

        if (documents == 0)
        {
            tree.Report(DocPath.Root, "the document is empty", 1);
        }

        return tree.IsComplete ? tree.Root : null;
    }

    private static bool Accept(ParsingEvent current, TreeAssembler tree)
    {
        var line = LineOf(current.Start);
        switch (current)
        {
            case AnchorAlias:
                tree.Report(tree.ChildPath(), "YAML aliases (*name) are not allowed in map files", line);
                return false;
            case NodeEvent node when !node.Anchor.IsEmpty:
                tree.Report(tree.ChildPath(), "YAML anchors (&name) are not allowed in map files", line);
                return false;
            case Scalar scalar when tree.ExpectsKey:
                tree.Key(scalar.Value, line);
                return CheckKeyTag(scalar, tree, line);
            case MappingStart or SequenceStart when tree.ExpectsKey:
                tree.Report(tree.ChildPath(), "keys must be plain text, not lists or objects", line);
                return false;
            case Scalar scalar:
                return AcceptScalar(scalar, tree, line);
            case MappingStart mapping:
                return CheckCollectionTag(mapping, "map", tree, line) && tree.Open(DocNode.Object(line));
            case SequenceStart sequence:
                return CheckCollectionTag(sequence, "seq", tree, line) && tree.Open(DocNode.Array(line));
            case MappingEnd or SequenceEnd:
                tree.Close();
                return true;
            default:
                return true;
        }
    }

    private static bool AcceptScalar(Scalar scalar, TreeAssembler tree, int line)
    {
        var node = YamlScalarResolver.Resolve(scalar, line, out var problem);
        if (node is null)
        {
            tree.Report(tree.ChildPath(), problem!, line);
            return false;
        }

        tree.Value(node);
        return true;
    }

    private static bool CheckKeyTag(Scalar scalar, TreeAssembler tree, int line)
    {
        if (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific || scalar.Tag.Value == YamlScalarResolver.StrTag)
        {
            return true;
        }

        tree.Report(tree.ChildPath(), $"the tag {scalar.Tag.Value} is not allowed on a key", line);
        return false;
    }

    private static bool CheckCollectionTag(NodeEvent node, string kind, TreeAssembler tree, int line)
    {
        if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || node.Tag.Value == YamlScalarResolver.TagPrefix + kind)
        {
            return true;
        }

        tree.Report(tree.ChildPath(), $"the tag {node.Tag.Value} is not allowed; map files use plain YAML only", line);
        return false;
    }

    private static MapProblem SyntaxProblem(YamlException ex)
    {
        var line = LineOf(ex.Start);
        var column = (int)Math.Max(1, ex.Start.Column);
        var reason = ex.InnerException?.Message ?? ex.Message;
        var cut = reason.IndexOf("): ", StringComparison.Ordinal);
        if (reason.StartsWith('(') && cut > 0)
        {
            reason = reason[(cut + 3)..];
        }

        var where = string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
        return new MapProblem(DocPath.Root, $"invalid YAML at {where}: {reason}") { Line = line };
    }

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);
}
