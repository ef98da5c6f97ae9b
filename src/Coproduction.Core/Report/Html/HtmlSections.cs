using System.Globalization;
using Coproduction.Checklist;
using Coproduction.Text;

namespace Coproduction.Report.Html;

/// <summary>The report's sections, one method each, in the order the page shows them.</summary>
internal static class HtmlSections
{
    public static void Checklist(HtmlText html, ReportContent report)
    {
        Open(html, "checklist", "The co-production checklist");
        html.Element("p", "Each item of the college's checklist, what it asks, what the records show, and the evidence.");
        for (var i = 0; i < report.Checklist.Count; i++)
        {
            var item = report.Checklist[i];
            html.Raw($"<article class=\"item {item.Status.ToWord()}\">")
                .Element("h3", $"{i + 1}. {item.Title}")
                .Element("p", $"{Symbol(item.Status)} {English.Capitalised(ChecklistText.Describe(item.Status))} ({item.Score} of 2)", "class=\"status\"")
                .Raw("<p><strong>What it asks.</strong> ").Text(item.Asks).Raw("</p>")
                .Raw("<p><strong>What the records show.</strong> ").Text(item.Reason).Raw("</p>");
            if (item.Evidence.Count > 0)
            {
                html.Raw("<p><strong>Evidence.</strong></p><ul>");
                foreach (var evidence in item.Evidence)
                {
                    html.ValueElement("li", evidence);
                }

                html.Raw("</ul>");
            }

            if (item.Note is { } note)
            {
                html.Raw("<p class=\"note\"><strong>The team's note.</strong> ").Value(note).Raw("</p>");
            }

            html.Raw("</article>\n");
        }

        Close(html);
    }

    public static void Experience(HtmlText html, ReportContent report)
    {
        Open(html, "experience", "Experience in the team");
        HtmlTables.Write(html, "People bringing experience relevant to the course's topics",
            ["Experience", "#Core team", "#Through focus groups"],
            report.Experience.Select(r => (IReadOnlyList<HtmlCell>)[r.Category, r.Core, r.FocusGroup]));
        html.Element("p", ReportText.ExperienceNote);
        Close(html);
    }

    public static void Contributions(HtmlText html, ReportContent report)
    {
        Open(html, "contributions", "How the work was shared");
        html.Element("p", ReportText.ContributionsNote);
        HtmlFigures.Write(html, "Chart of contributions per core member", "Contributions per core member. The same figures are in the table below.", chart => BarChartSvg.Write(chart, report.Contributions));
        HtmlTables.Write(html, "Contributions per core member", ["Core member", "#Contributions", "#Share"],
            report.Contributions.Select(r => (IReadOnlyList<HtmlCell>)[HtmlCell.Of(r.Person), Int(r.Contributions), English.Percent(r.Share)]));
        Close(html);
    }

    public static void FocusGroups(HtmlText html, ReportContent report)
    {
        var focus = report.FocusGroups;
        Open(html, "focus-groups", "Focus groups");
        if (focus.Sessions.Count == 0)
        {
            html.Element("p", ReportText.NoFocusGroups);
        }
        else
        {
            HtmlTables.Write(html, "Focus groups in this cycle, with whom by experience (a person may bring more than one kind)",
                ["Date", "When", "How", "#People", "#From outside the core team", "#Lived", "#Learned", "#Carer"],
                focus.Sessions.Select(s => (IReadOnlyList<HtmlCell>)[English.Date(s.At), s.Phase, s.Method, Int(s.Participants), Int(s.FromOutsideCore), s.Lived, s.Learned, s.Carer]));
        }

        foreach (var note in focus.Notes)
        {
            html.Element("p", note, "class=\"note\"");
        }

        Close(html);
    }

    public static void Decisions(HtmlText html, ReportContent report)
    {
        Open(html, "decisions", "Decisions");
        if (report.Decisions.Count == 0)
        {
            html.Element("p", ReportText.NoDecisions);
        }
        else
        {
            HtmlTables.Write(html, "The decisions register for this cycle",
                ["Decision", "Date", "Made by", "#Others involved", "Co-produced", "Exemption and justification"],
                report.Decisions.Select(d => (IReadOnlyList<HtmlCell>)
                [
                    HtmlCell.Of(d.Summary), English.Date(d.At), HtmlCell.Of(d.By), Int(d.OthersInvolved), d.CoProduced ? "yes" : "no",
                    d.Exemption is null ? "none" : d.Justification is null ? $"{d.Exemption}: no justification recorded" : new HtmlCell($"{d.Exemption}: ", d.Justification),
                ]));
        }

        html.Element("p", ReportText.DecisionsNote);
        Close(html);
    }

    public static void Inputs(HtmlText html, ReportContent report) =>
        SummaryAndTable(html, "you-said-we-did", "You said, we did", report.Inputs.Summary,
            "Input from outside the core team in this cycle, and the team's answers", ["Date", "Input", "From", "What the team did", "Why"],
            report.Inputs.Rows.Select(r => (IReadOnlyList<HtmlCell>)
            [
                English.Date(r.At), new HtmlCell(r.What, r.On), r.FromCounted ?? HtmlCell.Of(r.FromPerson!), new HtmlCell(r.Answer, r.AnsweredBy), r.Reason is { } reason ? HtmlCell.Of(reason) : string.Empty,
            ]).ToList(),
            ReportText.InputsNote);

    public static void Delivery(HtmlText html, ReportContent report) =>
        SummaryAndTable(html, "delivery", "Delivery", report.Delivery.Summary,
            "Sessions delivered in this cycle", ["Date", "How", "Trainers", "Co-delivered"],
            report.Delivery.Rows.Select(r => (IReadOnlyList<HtmlCell>)[English.Date(r.At), r.Mode, Int(r.Trainers), r.CoDelivered ? "yes" : "no"]).ToList(),
            ReportText.DeliveryNote);

    public static void Flags(HtmlText html, ReportContent report)
    {
        Open(html, "flags", "Flags for the team to review");
        if (report.Flags.Count == 0)
        {
            html.Element("p", ReportText.NoFlags);
        }

        foreach (var flag in report.Flags)
        {
            html.Raw("<div class=\"flag\">")
                .Open("h3").Text($"{flag.Title}: ").Value(flag.Subject).Raw("</h3>")
                .Element("p", flag.Message)
                .Open("p", "class=\"lede\"").Text($"Since {English.Date(flag.Since)}. Concerns: ").Values(flag.People).Text(".").Raw("</p>")
                .Raw("</div>");
        }

        html.Element("p", ReportText.FlagsNote);
        Close(html);
    }

    public static void Timeline(HtmlText html, ReportContent report)
    {
        var timeline = report.Timeline;
        Open(html, "timeline", "The cycle at a glance");
        HtmlFigures.Write(html, $"Chart of what happened in each {timeline.ColumnUnit}", $"What happened in each {timeline.ColumnUnit}: the larger the dot, the more happened. Dashed lines mark moves between stages. The totals are in the table below.",
            chart => TimelineSvg.Write(chart, timeline));
        HtmlTables.Write(html, "Totals in this cycle", ["What", "#How many"], timeline.Rows.Select(r => (IReadOnlyList<HtmlCell>)[r.Label, Int(r.Total)]));
        Close(html);
    }

    public static void Lifecycle(HtmlText html, ReportContent report)
    {
        var lifecycle = report.Lifecycle;
        Open(html, "lifecycle", "Where the course is and what can happen next");
        if (report.StageHistory.Count > 0)
        {
            HtmlTables.Write(html, "Stage history", ["Date", "From", "To", "By"],
                report.StageHistory.Select(s => (IReadOnlyList<HtmlCell>)[English.Date(s.At), ReportText.Stage(s.From), ReportText.Stage(s.To), HtmlCell.Of(s.By)]));
        }

        html.Element("p", $"The course is at the {ReportText.Stage(lifecycle.Stage)} stage. " +
            (lifecycle.Permitted.Count == 0 ? "No further step is possible." : $"Next, the team can {string.Join(", or ", lifecycle.Permitted)}."));
        foreach (var (step, reasons) in lifecycle.Blocked)
        {
            html.Element("p", $"Not yet possible: {step}, because:").Raw("<ul>");
            foreach (var reason in reasons)
            {
                html.Element("li", reason);
            }

            html.Raw("</ul>");
        }

        Close(html);
    }

    /// <summary>A section of a sentence that sums it up, a table when there are rows, and a note.</summary>
    private static void SummaryAndTable(HtmlText html, string id, string heading, string summary, string caption, IReadOnlyList<string> headers, List<IReadOnlyList<HtmlCell>> rows, string note)
    {
        Open(html, id, heading);
        html.Element("p", summary);
        if (rows.Count > 0)
        {
            HtmlTables.Write(html, caption, headers, rows);
        }

        html.Element("p", note);
        Close(html);
    }

    private static void Open(HtmlText html, string id, string heading) =>
        html.Raw($"<section aria-labelledby=\"{id}\">").Element("h2", heading, $"id=\"{id}\"");

    private static void Close(HtmlText html) => html.Raw("</section>\n");

    private static string Symbol(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Met => "\u2714",
        ChecklistStatus.PartlyMet => "\u25D1",
        _ => "\u2718",
    };

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
