using System.Text;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>
/// How the report refers to people: by display name where the caller allows it, otherwise by role
/// and a letter in document order ("Peer trainer A", "Peer trainer B", "Clinician A").
/// </summary>
internal sealed class PersonLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public PersonLabels(IReadOnlyList<Person> people, bool showNames)
    {
        var perRole = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (showNames)
            {
                _labels[person.Id] = person.DisplayName;
                continue;
            }

            var role = RoleWords(person);
            var index = perRole.GetValueOrDefault(role);
            perRole[role] = index + 1;
            _labels[person.Id] = $"{role} {Letters(index)}";
        }
    }

    public string this[string personId] => _labels.TryGetValue(personId, out var label) ? label : personId;

    /// <summary>"peerTrainer" reads as "Peer trainer"; no role reads as the person's membership.</summary>
    private static string RoleWords(Person person)
    {
        if (string.IsNullOrWhiteSpace(person.Role))
        {
            return person.Membership == Membership.Core ? "Core member" : "Focus group member";
        }

        var words = new StringBuilder();
        foreach (var c in person.Role.Trim())
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>A, B, … Z, AA, AB, …</summary>
    private static string Letters(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letters((index / 26) - 1) + (char)('A' + (index % 26));
}
