using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Members;

/// <summary>Creates the account of someone accepting an invitation, with Identity's password rules.</summary>
internal static class NewAccounts
{
    public static async Task<(WaymarkUser? User, ProblemHttpResult? Problem)> CreateAsync(
        UserManager<WaymarkUser> users, string email, string displayName, string password)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, TypedResults.Problem("An account with this email exists already: sign in with it, then accept the invitation.",
                statusCode: StatusCodes.Status409Conflict, title: "Account exists"));
        }

        var user = new WaymarkUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var reasons = string.Join(" ", created.Errors.Select(e => e.Description));
            return (null, TypedResults.Problem(reasons, statusCode: StatusCodes.Status400BadRequest, title: "The account could not be created",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["password"] = [reasons] } }));
        }

        return (user, null);
    }
}
