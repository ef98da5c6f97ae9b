using System.Globalization;
using System.Text;
using Coproduction.Assessment;
using Coproduction.Checklist;
using Coproduction.Lifecycle;
using Coproduction.Model;
using Coproduction.Text;
using static Coproduction.Text.Markdown;

namespace Coproduction.Output;

/// <summary>Writes an assessment as a short GitHub-flavoured Markdown summary for a person to read.</summary>
public static class AssessmentMarkdown
{
    /// <summary>Writes the summary. Names of people never appear: people are shown by id.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="course">The course assessed, for its title.</param>
    public static string Write(CourseAssessment assessment, Course course)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(course);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Co-production assessment: {Escape(course.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Course: {Escape(course.Id)} ({course.Kind.ToWord()}), topics: {Escape(string.Join(", ", course.Topics))}\n");
        md.Append(CultureInfo.InvariantCulture, $"- As of: {IsoTime.FormatUtc(assessment.AsOf)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Stage: {assessment.Stage.ToWord()}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Co-production score: **{assessment.Score} of 12**\n");
        md.Append(CultureInfo.InvariantCulture, $"- Ready for quality review: **{(assessment.ReadyForQuality ? "yes" : "not yet")}**\n\n");

        md.Append("## Checklist\n\n| Item | Status | Score | Why | Evidence |\n| --- | --- | --- | --- | --- |\n");
        foreach (var r in assessment.Checklist)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {ChecklistText.Describe(r.Item)} | {ChecklistText.Describe(r.Status)} | {r.Score} | {Escape(r.Reason)} | {Escape(string.Join(", ", r.Evidence))} |\n");
        }

        if (!assessment.ReadyForQuality)
        {
            md.Append("\n### Before quality review\n\n");
            foreach (var r in assessment.MissingForQuality)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {ChecklistText.Describe(r.Item)}: {ChecklistText.Describe(r.Status)}. {Escape(r.Reason)}\n");
            }
        }

        md.Append("\n## Flags\n\n");
        if (assessment.Flags.Count == 0)
        {
            md.Append("No flags: nothing in this cycle looks like what the guidance says is not co-production.\n");
        }

        foreach (var f in assessment.Flags)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"- **{f.Kind.ToWord()}** on {Escape(f.Subject)}, since {IsoTime.FormatUtc(f.Since)} (people: {Escape(string.Join(", ", f.People))}): {Escape(f.Message)}\n");
        }

        OpenWork(md, assessment);
        md.Append("\n## Lifecycle\n\n");
        var permitted = assessment.PermittedTriggers.Select(t => t.ToWord()).ToList();
        md.Append(CultureInfo.InvariantCulture, $"The course is at **{assessment.Stage.ToWord()}**. Next steps permitted now: {(permitted.Count == 0 ? "none" : string.Join(", ", permitted))}.\n");
        foreach (var blocked in assessment.BlockedTriggers)
        {
            if (blocked.Trigger == LifecycleTrigger.SubmitForQuality)
            {
                md.Append("\nsubmitForQuality is not possible yet: see *Before quality review* above.\n");
                continue;
            }

            md.Append(CultureInfo.InvariantCulture, $"\n{blocked.Trigger.ToWord()} is not possible yet:\n\n");
            foreach (var reason in blocked.Reasons)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {Escape(reason)}\n");
            }
        }

        return md.ToString();
    }

    /// <summary>What is open of "you said, we did" and co-delivery: the inputs still waiting for an answer, and the sessions not co-delivered.</summary>
    private static void OpenWork(StringBuilder md, CourseAssessment assessment)
    {
        var said = assessment.YouSaidWeDid;
        md.Append("\n## You said, we did\n\n");
        if (said.Inputs == 0)
        {
            md.Append("No input from outside the core team in this cycle.\n");
        }
        else
        {
            md.Append(CultureInfo.InvariantCulture,
                $"- Input from outside the core team: {said.Inputs}; answered: {said.Answered} (adopted {said.Adopted}, adapted {said.Adapted}, not adopted {said.NotAdopted})\n");
            md.Append(CultureInfo.InvariantCulture,
                $"- Waiting for an answer: **{said.Inputs - said.Answered}**, of which overdue: **{said.Overdue}**{(said.Overdue > 0 ? " (see the inputNotAnswered flags above)" : string.Empty)}\n");
        }

        var delivery = assessment.CoDelivery;
        md.Append("\n## Delivery\n\n");
        md.Append(delivery.Sessions == 0
            ? "No session delivered in this cycle is recorded.\n"
            : string.Create(CultureInfo.InvariantCulture,
                $"- Sessions delivered: {delivery.Sessions}; co-delivered: {delivery.CoDelivered}; not co-delivered: **{delivery.Sessions - delivery.CoDelivered}**\n"));
    }
}
