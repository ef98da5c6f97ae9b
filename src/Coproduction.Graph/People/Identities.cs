using Coproduction.Graph.Changes;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.People;

/// <summary>
/// Reads who did something from a Graph answer's <c>identitySet</c>. A person is <c>user</c>, with
/// what that answer carries of <c>id</c> and <c>email</c> (a version's may have no e-mail, a drive
/// item's no id); an application acting alone is <c>application</c> with no person's id or e-mail
/// (SharePoint then names its stand-in "SharePoint App" as the user). A person acting through an
/// application is still that person.
/// </summary>
internal static class Identities
{
    /// <returns>Who it was; null when the answer does not say.</returns>
    public static AccountIdentity? From(IdentitySet? set)
    {
        if (set is null)
        {
            return null;
        }

        var id = set.User?.Id is { Length: > 0 } userId ? userId : null;
        var email = set.User?.AdditionalData is { } data && data.TryGetValue("email", out var value) && FieldValues.Plain(value) is string { Length: > 0 } text ? text : null;
        if (id is null && email is null)
        {
            return set.Application is not null ? AccountIdentity.Application : null;
        }

        return new AccountIdentity(id, email, null, false);
    }

    /// <summary>Whether two names of a person (e-mails, sign-in names, object ids) are given and the same, whatever their case.</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
