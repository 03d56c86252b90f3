using System.Text;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Writes a document tree as block-style YAML with two-space indent. Compact nodes (cells) become one-line flow
/// mappings with every string double-quoted, so YAML files keep the one-line-per-cell diff too.
/// </summary>
internal static class YamlTextEmitter
{
    public static string Emit(DocNode root)
    {
        var sb = new StringBuilder();
        if (root.Kind == DocKind.Object && root.Members.Count > 0 && !root.Compact)
        {
            WriteMapping(sb, root, 0, firstInline: false);
        }
        else
        {
            WriteInline(sb, root);
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void WriteMapping(StringBuilder sb, DocNode node, int indent, bool firstInline)
    {
        for (var i = 0; i < node.Members.Count; i++)
        {
            if (i > 0 || !firstInline)
            {
                sb.Append(' ', indent);
            }

            var member = node.Members[i];
            AppendBlockScalar(sb, member.Name);
            sb.Append(':');
            WriteNested(sb, member.Value, indent);
        }
    }

    private static void WriteSequence(StringBuilder sb, DocNode node, int indent)
    {
        foreach (var item in node.Items)
        {
            sb.Append(' ', indent).Append('-');
            if (IsInline(item))
            {
                sb.Append(' ');
                WriteInline(sb, item);
                sb.Append('\n');
            }
            else if (item.Kind == DocKind.Object)
            {
                sb.Append(' ');
                WriteMapping(sb, item, indent + 2, firstInline: true);
            }
            else
            {
                sb.Append('\n');
                WriteSequence(sb, item, indent + 2);
            }
        }
    }

    /// <summary>Writes what follows "key:" — inline, or a nested block on the next lines.</summary>
    private static void WriteNested(StringBuilder sb, DocNode value, int indent)
    {
        if (IsInline(value))
        {
            sb.Append(' ');
            WriteInline(sb, value);
            sb.Append('\n');
            return;
        }

        sb.Append('\n');
        if (value.Kind == DocKind.Object)
        {
            WriteMapping(sb, value, indent + 2, firstInline: false);
        }
        else
        {
            WriteSequence(sb, value, indent + 2);
        }
    }

    private static bool IsInline(DocNode node) => !node.IsContainer || node.Compact || node.IsEmptyContainer;

    private static void WriteInline(StringBuilder sb, DocNode node)
    {
        switch (node.Kind)
        {
            case DocKind.Object:
                WriteFlowMapping(sb, node);
                break;
            case DocKind.Array:
                sb.Append('[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    WriteFlowValue(sb, node.Items[i]);
                }

                sb.Append(']');
                break;
            case DocKind.String:
                AppendBlockScalar(sb, node.Text);
                break;
            default:
                AppendNonString(sb, node);
                break;
        }
    }

    private static void WriteFlowMapping(StringBuilder sb, DocNode node)
    {
        sb.Append('{');
        for (var i = 0; i < node.Members.Count; i++)
        {
            sb.Append(i == 0 ? "" : ", ");
            AppendFlowKey(sb, node.Members[i].Name);
            sb.Append(": ");
            WriteFlowValue(sb, node.Members[i].Value);
        }

        sb.Append('}');
    }

    private static void WriteFlowValue(StringBuilder sb, DocNode node)
    {
        if (node.Kind == DocKind.String)
        {
            JsonEscaper.AppendQuoted(sb, node.Text);
        }
        else
        {
            WriteInline(sb, node);
        }
    }

    /// <summary>Property names are identifiers; anything else in a flow mapping is quoted to be safe.</summary>
    private static void AppendFlowKey(StringBuilder sb, string key)
    {
        var simple = key.Length > 0 && char.IsAsciiLetter(key[0]) && key.All(char.IsAsciiLetterOrDigit);
        if (simple && YamlScalars.CanBePlain(key))
        {
            sb.Append(key);
        }
        else
        {
            JsonEscaper.AppendQuoted(sb, key);
        }
    }

    private static void AppendBlockScalar(StringBuilder sb, string value)
    {
        if (YamlScalars.CanBePlain(value))
        {
            sb.Append(value);
        }
        else
        {
            JsonEscaper.AppendQuoted(sb, value);
        }
    }

    private static void AppendNonString(StringBuilder sb, DocNode node) => sb.Append(node.Kind switch
    {
        DocKind.Number => node.Text,
        DocKind.True => "true",
        DocKind.False => "false",
        _ => "null",
    });
}
