namespace Coproduction.Graph.People;

/// <summary>
/// The accounts a course's team recorded for its members (an e-mail, a sign-in name or an Entra
/// object id each), to tell whose a saved version was by the identity Graph's answer carries.
/// </summary>
internal sealed class TeamAccounts
{
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="accounts">Each member's recorded account, their person id in the course and their item.</param>
    public TeamAccounts(IEnumerable<(string Account, string Person, string ItemId)> accounts)
    {
        var items = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (account, person, item) in accounts)
        {
            var key = Key(account);
            if (_people.TryAdd(key, person))
            {
                items[key] = [item];
            }
            else if (_people[key] != person)
            {
                items[key].Add(item);
            }
        }

        // An account two people share says of a save neither who made it: it counts for no one, and each row is told.
        foreach (var (key, sharing) in items.Where(i => i.Value.Count > 1))
        {
            _people.Remove(key);
            Shared.AddRange(sharing);
        }
    }

    /// <summary>The team items whose account is also another member's: saves by it count for neither.</summary>
    public List<string> Shared { get; } = [];

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
