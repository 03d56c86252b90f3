using System.Security.Cryptography;

namespace Waymark.Core.Maps;

/// <summary>Stable ids for everything in a map: short, URL-safe, unique within a document.</summary>
public static class Ids
{
    public const int MaxLength = 64;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new id such as "stp_4k9x2m7q1d".</summary>
    public static string New(string prefix)
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[bytes[i] % Alphabet.Length];
        }

        return string.Concat(prefix, "_", chars);
    }

    /// <summary>Letters, digits, '-' and '_', 1 to 64 characters.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
