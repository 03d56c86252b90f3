namespace Waymark.Core.FileFormat;

public enum MapFormat
{
    Json,
    Yaml,
}
