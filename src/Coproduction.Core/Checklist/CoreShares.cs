using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Checklist;

/// <summary>Each core member's contributions inside the cycle, and their share of all core contributions.</summary>
internal sealed record CoreShares(Person Person, int Contributions, double Share)
{
    public static IReadOnlyList<CoreShares> Of(CourseView view)
    {
        var total = view.Core.Sum(p => view.ContributionsOf(p.Id));
        return view.Core
            .Select(p => view.ContributionsOf(p.Id))
            .Select((n, i) => new CoreShares(view.Core[i], n, total == 0 ? 0 : (double)n / total))
            .ToList();
    }
}
