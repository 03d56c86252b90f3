namespace Waymark.Analytics.Import.Internals;

/// <summary>An opened input file: gzip recognised by its magic bytes, progress measured on the file itself.</summary>
internal sealed class ImportSource : IDisposable
{
    private readonly FileStream _file;

    private ImportSource(FileStream file, Stream stream)
    {
        _file = file;
        Stream = stream;
    }

    public bool IsCompressed => !ReferenceEquals(Stream, _file);

    public Stream Stream { get; }

    public long TotalBytes => _file.Length;

    public long BytesRead => _file.CanSeek ? _file.Position : 0;

    public static ImportSource Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return new ImportSource(file, isGzip ? new BufferedStream(GzipCheckedStream.OverFile(file), 1 << 16) : file);
    }

    public void Dispose()
    {
        Stream.Dispose();
        _file.Dispose();
    }
}
