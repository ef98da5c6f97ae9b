namespace Coproduction.Graph.People;

/// <summary>
/// The accounts a course's team recorded for its members, to tell whose a saved version was by the
/// identity Graph's answer carries: for each member, the names of the person picked as their Trust
/// account (e-mail, sign-in name and object id), or the account typed (an e-mail, a sign-in name or an
/// Entra object id).
/// </summary>
internal sealed class TeamAccounts
{
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="members">Each member's names, their person id in the course and their item.</param>
    public TeamAccounts(IEnumerable<(IReadOnlyCollection<string> Names, string Person, string ItemId)> members)
    {
        var all = members.ToList();
        var owners = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (names, person, _) in all)
        {
            foreach (var key in names.Select(Key).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!owners.TryGetValue(key, out var people))
                {
                    owners[key] = [person];
                }
                else if (!people.Contains(person, StringComparer.Ordinal))
                {
                    people.Add(person);
                }
            }
        }

        // A name two people share says of a save neither who made it: it counts for no one, nor do their other names, and each row is told.
        var sharing = owners.Values.Where(p => p.Count > 1).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, people) in owners.Where(o => !sharing.Contains(o.Value[0])))
        {
            _people[key] = people[0];
        }

        Shared.AddRange(all.Where(m => sharing.Contains(m.Person)).Select(m => m.ItemId).Distinct(StringComparer.Ordinal));
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
