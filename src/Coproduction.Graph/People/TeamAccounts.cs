namespace Coproduction.Graph.People;

/// <summary>
/// The accounts a course's team recorded for its members (an e-mail, a sign-in name or an Entra
/// object id each), to tell whose a saved version was by the identity Graph's answer carries.
/// </summary>
internal sealed class TeamAccounts
{
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="accounts">Each member's recorded account and their person id in the course.</param>
    public TeamAccounts(IEnumerable<(string Account, string Person)> accounts)
    {
        foreach (var (account, person) in accounts)
        {
            _people.TryAdd(Key(account), person);
        }
    }

    /// <summary>The team member whose account this is; null for anyone else, and for an application.</summary>
    public string? PersonOf(AccountIdentity identity)
    {
        if (identity.IsApplication)
        {
            return null;
        }

        foreach (var key in new[] { identity.Email, identity.UserName, identity.ObjectId })
        {
            if (key is not null && _people.TryGetValue(Key(key), out var person))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>An object id in one form whatever its case and braces; anything else as it is, trimmed.</summary>
    private static string Key(string account) =>
        Guid.TryParse(account.Trim(), out var id) ? id.ToString("D") : account.Trim();
}
