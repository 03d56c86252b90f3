using System.Globalization;
using System.Buffers;
using System.Text.Unicode;

using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// Passes CSV/NDJSON bytes through while checking they are UTF-8, so a Latin-1 or BOM-less UTF-16 file gets a clear
/// error with its line instead of silently becoming replacement characters. A UTF-16 file with a byte order mark
/// is passed as is (the importer's reader decodes it).
/// </summary>
internal sealed class Utf8CheckedText(Stream inner) : ReadOnlyStream
{
    private readonly byte[] _carry = new byte[4];
    private int _carried;
    private byte[] _scratch = [];
    private long _line = 1;
    private bool _started;
    private bool _utf16;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (!_started && read >= 2)
        {
            _started = true;
            _utf16 = buffer[0] is 0xFF && buffer[1] is 0xFE || buffer[0] is 0xFE && buffer[1] is 0xFF;
        }

        if (!_utf16)
        {
            Check(buffer[..read], atEnd: read == 0);
        }

        return read;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool atEnd)
    {
        if (atEnd)
        {
            if (_carried > 0)
            {
                throw NotUtf8(_carry[0]);
            }

            return;
        }

        // A multi-byte character may be split between reads: the carried start goes in front of the new bytes.
        if (_scratch.Length < bytes.Length + 4)
        {
            _scratch = new byte[bytes.Length + 4];
        }

        _carry.AsSpan(0, _carried).CopyTo(_scratch);
        bytes.CopyTo(_scratch.AsSpan(_carried));
        var all = _scratch.AsSpan(0, _carried + bytes.Length);
        _carried = 0;
        Span<char> chars = stackalloc char[1024];
        var consumed = 0;
        while (consumed < all.Length)
        {
            var status = Utf8.ToUtf16(all[consumed..], chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: false);
            CountLines(chars[..written]);
            consumed += read;
            if (status == OperationStatus.InvalidData)
            {
                throw NotUtf8(all[consumed]);
            }

            if (status == OperationStatus.NeedMoreData)
            {
                all[consumed..].CopyTo(_carry);
                _carried = all.Length - consumed;
                return;
            }
        }
    }

    private void CountLines(ReadOnlySpan<char> chars)
    {
        var nul = chars.IndexOf('\0');
        if (nul >= 0)
        {
            var line = _line + chars[..nul].Count('\n');
            throw new UploadRejectedException(StatusCodes.Status422UnprocessableEntity, "Not UTF-8 text",
                string.Create(CultureInfo.InvariantCulture, $"Line {line} holds NUL characters: the file looks like UTF-16 without a byte order mark. Save it as UTF-8 (or UTF-16 with BOM) and upload it again."),
                line);
        }

        _line += chars.Count('\n');
    }

    private UploadRejectedException NotUtf8(byte value) => new(StatusCodes.Status422UnprocessableEntity, "Not UTF-8 text",
        string.Create(CultureInfo.InvariantCulture, $"Line {_line}: byte 0x{value:X2} is not UTF-8; the file may be Latin-1 or Windows-1252. Save it as UTF-8 (in Excel: CSV UTF-8) and upload it again. Nothing was imported."),
        _line);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
