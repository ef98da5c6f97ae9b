using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Checklist;

/// <summary>
/// "I/we have sought and/or included the views of carers and/or supporters". Carer experience of
/// any topic counts: the guidance values the carer's perspective on the course as a whole. The
/// evidence report evaluates it again with small counts hidden (<see cref="PeopleCount"/>).
/// </summary>
internal static class CarersViewsRule
{
    public static ChecklistResult Evaluate(CourseView view, PeopleCount? count = null)
    {
        count ??= PeopleCount.Exact;
        var carers = view.Snapshot.People
            .Where(p => p.Experience.Any(e => e.Kind == ExperienceKind.Carer))
            .Where(p => p.Membership == Membership.Core || view.TookPart.Contains(p.Id))
            .Select(p => p.Id)
            .ToArray();
        if (carers.Length > 0)
        {
            return new(ChecklistItem.CarersViewsSought, ChecklistStatus.Met,
                $"{English.Capitalised(count.Of(carers.Length, "person", "people"))} with carer or supporter experience {(count.IsOne(carers.Length) ? "is" : "are")} in the core team or took part in this cycle.",
                carers);
        }

        var sought = view.Activities.Where(a => a.Kind == ActivityKind.CarerViewsSought).Select(a => a.Id).ToArray();
        if (sought.Length > 0)
        {
            return new(ChecklistItem.CarersViewsSought, ChecklistStatus.PartlyMet,
                $"Carers' views were sought ({English.Count(sought.Length, "time")}) but no carer or supporter is in the core team or has taken part yet: follow up, for example by inviting carers to a focus group.",
                sought);
        }

        return new(ChecklistItem.CarersViewsSought, ChecklistStatus.NotMet,
            "No carer or supporter is involved and their views have not been sought: ask for them, for example through a survey or a focus group.",
            []);
    }
}
