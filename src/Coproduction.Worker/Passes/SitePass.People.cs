using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Passes;

/// <summary>The people picked as team members' Trust accounts, looked up before a pass reads its courses.</summary>
internal sealed partial class SitePass
{
    /// <summary>
    /// Looks up, in the site's users, the people picked as the Trust accounts of these courses' team
    /// members whom the state does not know yet (twenty a batch; none when it knows them all; a value that
    /// is not a lookup id is no one, and not asked about), so that each course is read from the state
    /// alone. An entry the site does not have is not kept, and is asked for again when its course is next due.
    /// </summary>
    private async Task PickedPeopleAsync(string siteId, IReadOnlyDictionary<string, string> lists, IEnumerable<ListItemData> courses, CancellationToken cancellationToken)
    {
        var unknown = courses.SelectMany(c => state.CourseItems(siteId, SiteSchema.Team, c.Id))
            .Select(i => i.Fields.Find(TeamList.TrustAccount)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Where(id => id.All(char.IsAsciiDigit) && state.Find(siteId, id) is null).ToList();
        if (unknown.Count > 0)
        {
            await graph.ResolveUsersAsync(siteId, lists.GetValueOrDefault(SiteSchema.UserInformation), unknown, state, cancellationToken: cancellationToken);
        }
    }
}
