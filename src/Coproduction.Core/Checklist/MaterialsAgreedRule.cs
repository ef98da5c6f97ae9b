using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Checklist;

/// <summary>
/// "All materials included have been agreed upon": every core member agreed each material at or
/// after its latest version (its author by saving it).
/// </summary>
internal static class MaterialsAgreedRule
{
    public static ChecklistResult Evaluate(CourseView view)
    {
        var agreed = view.Materials.Where(m => m.IsAgreedBy(view.Core)).ToList();
        var waiting = view.Materials.Except(agreed).Select(m => Named(m.Material.Title, m.Id)).ToList();
        var evidence = agreed.Select(m => m.Id).ToArray();

        if (view.Materials.Count == 0)
        {
            return new(ChecklistItem.MaterialsAgreed, ChecklistStatus.NotMet, "There are no materials yet.", []);
        }

        if (waiting.Count == 0)
        {
            return new(ChecklistItem.MaterialsAgreed, ChecklistStatus.Met,
                view.Materials.Count == 1
                    ? "The one material is agreed by every core member since its latest version."
                    : $"All {view.Materials.Count} materials are agreed by every core member since their latest versions.",
                evidence);
        }

        var waitingFor = $"still waiting for every core member to agree {List(waiting)}.";
        return agreed.Count > 0
            ? new(ChecklistItem.MaterialsAgreed, ChecklistStatus.PartlyMet,
                $"{agreed.Count} of {Count(view.Materials.Count, "material")} {(agreed.Count == 1 ? "is" : "are")} agreed; {waitingFor}", evidence)
            : new(ChecklistItem.MaterialsAgreed, ChecklistStatus.NotMet, $"No material is agreed yet; {waitingFor}", evidence);
    }
}
