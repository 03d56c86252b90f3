namespace Waymark.Core.Maps;

public enum Level
{
    Low,
    Medium,
    High,
}
