using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the team list: a person of a course's team (the title is their name).</summary>
internal sealed record TeamRow(
    string? PersonId, string? Name, string? Course, Membership? Membership, string? Role, int? Seniority,
    IReadOnlyDictionary<ExperienceKind, IReadOnlyList<string>> Experience, string? Account)
{
    /// <summary>The account holds something that is not text: left out, the person kept.</summary>
    public bool AccountUnreadable { get; private init; }

    /// <summary>The person picked as the member's Trust account: their entry of the site's users, by lookup id; null where none is picked.</summary>
    public string? TrustAccount { get; private init; }

    /// <summary>The Trust account holds something that is not a lookup id: left out, the person kept.</summary>
    public bool TrustAccountUnreadable { get; private init; }

    public static TeamRow Read(SiteFields f) => new(
        TeamList.PersonId.Read(f), SharePointColumns.Title.Read(f), TeamList.Course.Read(f), TeamList.Membership.Read(f), TeamList.Role.Read(f), TeamList.Seniority.Read(f),
        TeamList.Experience.ToDictionary(e => e.Key, e => e.Value.Read(f)), f.Find(TeamList.Account))
    {
        AccountUnreadable = f.Raw(TeamList.Account.Name) is not (null or string),
        TrustAccount = f.Find(TeamList.TrustAccount),
        TrustAccountUnreadable = f.Raw(TeamList.TrustAccount.FieldName) is not (null or string or double),
    };

    /// <summary>
    /// The fields an import writes: neither account, which staff keep (a snapshot names no account, and a
    /// person's entry of the site's users exists only once they have visited the site or been picked).
    /// </summary>
    public FieldSet ToFields()
    {
        var fields = new FieldSet()
            .Set(SharePointColumns.Title, Name)
            .Set(TeamList.PersonId, PersonId)
            .Set(TeamList.Course, Course)
            .Set(TeamList.Membership, Membership)
            .Set(TeamList.Role, Role)
            .Set(TeamList.Seniority, Seniority);
        foreach (var (kind, column) in TeamList.Experience)
        {
            fields.Set(column, Experience.GetValueOrDefault(kind) ?? []);
        }

        return fields;
    }
}
