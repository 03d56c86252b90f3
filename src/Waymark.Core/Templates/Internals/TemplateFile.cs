using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>One built-in template as read from its file: <paramref name="Yaml"/> is the file below the header.</summary>
internal sealed record TemplateFile(string Id, TemplateHeader Header, string Yaml, JourneyMap Map);
