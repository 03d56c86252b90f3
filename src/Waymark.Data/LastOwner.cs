namespace Waymark.Data;

/// <summary>
/// The database's refusal to leave a workspace without an owner (Migrations/OwnerAlwaysSchema): a trigger aborts the
/// change with <see cref="Message"/>, which the member routes turn into a 409 that says so.
/// </summary>
public static class LastOwner
{
    public const string Message = "a workspace keeps at least one owner";

    /// <summary>Whether the exception (or one it wraps) is that refusal, from either provider.</summary>
    public static bool IsRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains(Message, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
