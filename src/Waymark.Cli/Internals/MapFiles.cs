using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Cli;

/// <summary>Reading and writing map files on disk, with the format chosen by the file name.</summary>
internal static class MapFiles
{
    /// <summary>Reads and validates a file. Problems come back as data; only I/O failures throw.</summary>
    public static MapReadResult Read(string path)
    {
        var format = MapSerializer.FormatOf(path) ?? MapFormat.Json;
        var info = new FileInfo(path);

        // Refuse before loading a huge file into memory; the serializer would refuse it anyway.
        if (info.Exists && info.Length > MapLimits.MaxDocumentBytes)
        {
            var message = $"the file is {info.Length:N0} bytes; a map document may be at most {MapLimits.MaxDocumentBytes:N0} bytes";
            return new MapReadResult(null, [new MapProblem("$", message)]);
        }

        var bytes = File.ReadAllBytes(path);
        return MapSerializer.Read(bytes, format);
    }

    /// <summary>
    /// Reads a file for a command that needs a valid map: prints why it cannot (unreadable, or each problem as
    /// `file: path: problem`) and gives the exit code, or gives the map with <see cref="ExitCodes.Ok"/>.
    /// </summary>
    public static int ReadOrReport(CliContext context, string path, out JourneyMap? map)
    {
        map = null;
        MapReadResult result;
        try
        {
            result = Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{path}: cannot read: {e.Message}");
            return ExitCodes.IoError;
        }

        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"{path}: {problem}");
            }

            return ExitCodes.Invalid;
        }

        map = result.Map!;
        return ExitCodes.Ok;
    }

    public static MapFormat FormatFor(string path, MapFormat fallback) => MapSerializer.FormatOf(path) ?? fallback;

    /// <summary>Writes atomically (temp file + rename) so a failed write never leaves half a map behind.</summary>
    public static void Write(string path, JourneyMap map, MapFormat format)
    {
        var text = MapSerializer.Write(map, format);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + ".tmp");
        File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, full, overwrite: true);
    }
}
