using System.Text.RegularExpressions;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>
/// How the report refers to people: by display name where the caller allows it, otherwise by role
/// and a letter in document order ("Peer trainer A", "Peer trainer B", "Clinician A").
/// </summary>
internal sealed partial class PersonLabels
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

    /// <summary>
    /// "peerTrainer", "Peer Trainer" and "peer_trainer" read as "Peer trainer"; acronyms stay as they
    /// are ("GP", "NHS manager"); no role reads as the person's membership.
    /// </summary>
    private static string RoleWords(Person person)
    {
        var words = Words().Matches(person.Role ?? string.Empty).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return person.Membership == Membership.Core ? "Core member" : "Focus group member";
        }

        static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);
        return string.Join(' ', words.Select((word, i) =>
            IsAcronym(word) ? word
            : i == 0 ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()
            : word.ToLowerInvariant()));
    }

    /// <summary>A, B, … Z, AA, AB, …</summary>
    private static string Letters(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letters((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>Words in a label: an acronym ("NHS" in "NHSManager"), a capitalised or lower-case word, or a number.</summary>
    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex Words();
}
