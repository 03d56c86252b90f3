using System.Text;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Writes a document tree as canonical JSON: two-space indent, LF, trailing newline, compact nodes on one line.</summary>
internal static class JsonTextEmitter
{
    private const string Indent = "  ";

    public static string Emit(DocNode root)
    {
        var sb = new StringBuilder();
        WriteValue(sb, root, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static void WriteValue(StringBuilder sb, DocNode node, int depth)
    {
        if (node.Compact || node.IsEmptyContainer)
        {
            WriteCompact(sb, node);
            return;
        }

        switch (node.Kind)
        {
            case DocKind.Object:
                WriteObject(sb, node, depth);
                break;
            case DocKind.Array:
                WriteArray(sb, node, depth);
                break;
            default:
                WriteScalar(sb, node);
                break;
        }
    }

    private static void WriteObject(StringBuilder sb, DocNode node, int depth)
    {
        sb.Append('{');
        for (var i = 0; i < node.Members.Count; i++)
        {
            var member = node.Members[i];
            sb.Append(i == 0 ? "\n" : ",\n");
            AppendIndent(sb, depth + 1);
            JsonEscaper.AppendQuoted(sb, member.Name);
            sb.Append(": ");
            WriteValue(sb, member.Value, depth + 1);
        }

        sb.Append('\n');
        AppendIndent(sb, depth);
        sb.Append('}');
    }

    private static void WriteArray(StringBuilder sb, DocNode node, int depth)
    {
        sb.Append('[');
        for (var i = 0; i < node.Items.Count; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n");
            AppendIndent(sb, depth + 1);
            WriteValue(sb, node.Items[i], depth + 1);
        }

        sb.Append('\n');
        AppendIndent(sb, depth);
        sb.Append(']');
    }

    private static void WriteCompact(StringBuilder sb, DocNode node)
    {
        switch (node.Kind)
        {
            case DocKind.Object:
                sb.Append('{');
                for (var i = 0; i < node.Members.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    JsonEscaper.AppendQuoted(sb, node.Members[i].Name);
                    sb.Append(": ");
                    WriteCompact(sb, node.Members[i].Value);
                }

                sb.Append('}');
                break;
            case DocKind.Array:
                sb.Append('[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    WriteCompact(sb, node.Items[i]);
                }

                sb.Append(']');
                break;
            default:
                WriteScalar(sb, node);
                break;
        }
    }

    private static void WriteScalar(StringBuilder sb, DocNode node)
    {
        switch (node.Kind)
        {
            case DocKind.String: JsonEscaper.AppendQuoted(sb, node.Text); break;
            case DocKind.Number: sb.Append(node.Text); break;
            case DocKind.True: sb.Append("true"); break;
            case DocKind.False: sb.Append("false"); break;
            default: sb.Append("null"); break;
        }
    }

    private static void AppendIndent(StringBuilder sb, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            sb.Append(Indent);
        }
    }
}
