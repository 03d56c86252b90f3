namespace Waymark.Server.Features.Common;

/// <summary>
/// Who made a change. Until accounts exist (roadmap 7) clients name themselves in X-Waymark-User; revisions
/// record it so history already reads well.
/// </summary>
internal static class Authors
{
    public const string Header = "X-Waymark-User";

    public static string Of(HttpRequest request)
    {
        var name = request.Headers[Header].ToString().Trim();
        if (name.Length == 0)
        {
            return "anonymous";
        }

        return name.Length > 200 ? name[..200] : name;
    }
}
