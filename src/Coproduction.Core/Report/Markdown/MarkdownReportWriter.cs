using System.Globalization;
using System.Text;
using Coproduction.Checklist;
using Coproduction.Text;
using static Coproduction.Text.Markdown;

namespace Coproduction.Report.Markdown;

/// <summary>
/// The same report in GitHub-flavoured Markdown: tables where the HTML has charts, and the
/// lifecycle as a Mermaid diagram. Every value from a snapshot is escaped.
/// </summary>
internal static class MarkdownReportWriter
{
    public static string Write(ReportContent report)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line($"# Co-production evidence: {Escape(report.Course.Title)}");
        Line();
        Line($"Evidence of co-production for the Recovery College Quality Process, as the course stood on {English.Date(report.AsOf)}.");
        Line();
        Line($"- **Course:** {Escape(report.Course.Id)} ({(report.Course.Kind == Model.CourseKind.New ? "a new course" : "an existing course under review")})");
        Line($"- **Topics:** {Escape(string.Join(", ", report.Course.Topics))}");
        Line($"- **Stage:** {ReportText.Stage(report.Course.Stage)}");
        Line($"- **This cycle began:** {(report.CycleStart is { } start ? English.Date(start) : "at the start of the records")}");
        Line();

        Line("## Summary");
        Line();
        Line($"Co-production score: **{report.Score} of 12**. {(report.ReadyForQuality ? "The course is ready for quality review." : "The course is not ready for quality review yet.")}");
        Line();
        foreach (var missing in report.MissingForQuality)
        {
            Line($"- Still needed: {Escape(missing)}");
        }

        Section(md, "The co-production checklist");
        for (var i = 0; i < report.Checklist.Count; i++)
        {
            var item = report.Checklist[i];
            Line($"### {i + 1}. {item.Title}");
            Line();
            Line($"**{ChecklistText.Describe(item.Status)}** ({item.Score} of 2)");
            Line();
            Line($"*What it asks.* {item.Asks}");
            Line();
            Line($"*What the records show.* {Escape(item.Reason)}");
            Line();
            foreach (var evidence in item.Evidence)
            {
                Line($"- {Escape(evidence)}");
            }

            if (item.Evidence.Count > 0)
            {
                Line();
            }

            if (item.Note is { } note)
            {
                Line($"> **The team's note.** {Escape(note)}");
                Line();
            }
        }

        Section(md, "Experience in the team");
        Table(md, ["Experience", "Core team", "Through focus groups"], report.Experience.Select(r => (IReadOnlyList<string>)[r.Category, r.Core, r.FocusGroup]));
        Line(ReportText.ExperienceNote);

        Section(md, "How the work was shared");
        Line(ReportText.ContributionsNote);
        Line();
        Table(md, ["Core member", "Contributions", "Share"], report.Contributions.Select(r => (IReadOnlyList<string>)[r.Person, Int(r.Contributions), English.Percent(r.Share)]));

        Section(md, "Focus groups");
        if (report.FocusGroups.Sessions.Count == 0)
        {
            Line(ReportText.NoFocusGroups);
            Line();
        }
        else
        {
            Table(md, ["Date", "When", "How", "People", "From outside the core team", "Lived", "Learned", "Carer"],
                report.FocusGroups.Sessions.Select(s => (IReadOnlyList<string>)[English.Date(s.At), s.Phase, s.Method, Int(s.Participants), Int(s.FromOutsideCore), s.Lived, s.Learned, s.Carer]));
        }

        foreach (var note in report.FocusGroups.Notes)
        {
            Line($"> {note}");
            Line();
        }

        Section(md, "You said, we did");
        Line(report.Inputs.Summary);
        Line();
        Table(md, ["Date", "Input", "From", "What the team did", "Why"], report.Inputs.Rows.Select(r => (IReadOnlyList<string>)
            [English.Date(r.At), r.What + r.On, r.FromCounted ?? r.FromPerson!, r.Answer + r.AnsweredBy, r.Reason ?? string.Empty]));
        Line(ReportText.InputsNote);

        Section(md, "Delivery");
        Line(report.Delivery.Summary);
        Line();
        Table(md, ["Date", "How", "Trainers", "Co-delivered"], report.Delivery.Rows.Select(r => (IReadOnlyList<string>)
            [English.Date(r.At), r.Mode, Int(r.Trainers), r.CoDelivered ? "yes" : "no"]));
        Line(ReportText.DeliveryNote);

        Section(md, "Decisions");
        if (report.Decisions.Count == 0)
        {
            Line(ReportText.NoDecisions);
            Line();
        }

        Table(md, ["Decision", "Date", "Made by", "Others involved", "Co-produced", "Exemption and justification"],
            report.Decisions.Select(d => (IReadOnlyList<string>)
            [
                d.Summary, English.Date(d.At), d.By, Int(d.OthersInvolved), d.CoProduced ? "yes" : "no",
                d.Exemption is null ? "none" : $"{d.Exemption}: {d.Justification ?? "no justification recorded"}",
            ]));
        Line(ReportText.DecisionsNote);

        Section(md, "Flags for the team to review");
        if (report.Flags.Count == 0)
        {
            Line(ReportText.NoFlags);
            Line();
        }

        foreach (var flag in report.Flags)
        {
            Line($"### {flag.Title}: {Escape(flag.Subject)}");
            Line();
            Line(Escape(flag.Message));
            Line();
            Line($"*Since {English.Date(flag.Since)}. Concerns: {Escape(string.Join(", ", flag.People))}.*");
            Line();
        }

        Line(ReportText.FlagsNote);

        Section(md, "The cycle at a glance");
        if (report.Timeline.Rows.Count == 0)
        {
            Line(ReportText.NothingRecorded);
            Line();
        }

        Table(md, ["What", "How many"], report.Timeline.Rows.Select(r => (IReadOnlyList<string>)[r.Label, Int(r.Total)]));

        Section(md, "Where the course is and what can happen next");
        Table(md, ["Date", "From", "To", "By"], report.StageHistory.Select(s => (IReadOnlyList<string>)[English.Date(s.At), ReportText.Stage(s.From), ReportText.Stage(s.To), s.By]));
        var lifecycle = report.Lifecycle;
        Line($"The course is at the **{ReportText.Stage(lifecycle.Stage)}** stage. {(lifecycle.Permitted.Count == 0 ? "No further step is possible." : $"Next, the team can {string.Join(", or ", lifecycle.Permitted)}.")}");
        Line();
        foreach (var (step, reasons) in lifecycle.Blocked)
        {
            Line($"Not yet possible: {step}, because:");
            Line();
            foreach (var reason in reasons)
            {
                Line($"- {Escape(reason)}");
            }

            Line();
        }

        Line("```mermaid");
        Line(lifecycle.Mermaid.TrimEnd());
        Line($"    class {lifecycle.Stage} current");
        Line("    classDef current font-weight:bold,stroke-width:3px");
        Line("```");
        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading)
    {
        // One blank line before a heading, however the section before it ended.
        while (md.Length > 1 && md[^1] == '\n' && md[^2] == '\n')
        {
            md.Length--;
        }

        md.Append("\n## ").Append(heading).Append("\n\n");
    }

    /// <summary>A table, or nothing when there are no rows: the section says so in words instead.</summary>
    private static void Table(StringBuilder md, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.Append("| ").AppendJoin(" | ", headers).Append(" |\n|").Append(string.Concat(headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in list)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
