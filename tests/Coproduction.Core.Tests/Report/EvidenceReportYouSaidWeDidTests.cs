using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Report;

/// <summary>The sections of version 1.1: "You said, we did" and "Delivery", in both formats, naming no one beside their experience.</summary>
public sealed class EvidenceReportYouSaidWeDidTests
{
    private static CourseSnapshot Course() => new CourseBuilder()
        .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Lived(), Learned()).FocusGroupMember("f1", Carer()).FocusGroupMember("f2")
        .Material("m1", [(0, "p1")])
        .FocusGroup(1, "p1", ["f1", "f2", "p2"], Answer(5, "p2", ResponseOutcome.Adapted, "Session 2 now opens with the sleep diary"))
        .Feedback(2, "f2", "m1", response: Answer(6, "p1", ResponseOutcome.NotAdopted, " "))
        .Feedback(3, "f1", "m1", response: Answer(50, "p1"))
        .Session("s1", 10, "p1", "p2").Session("s2", 11, "p3").Session("s3", 12, "f1", "p2")
        .Build();

    [Fact]
    public void ToMarkdown_InputsAndSessions_SaysWhatTheTeamDidAndWhatWaits()
    {
        var markdown = EvidenceReport.ToMarkdown(Course(), new CourseAssessor().Assess(Course(), Day(40)));

        markdown.ShouldContain("\n## You said, we did\n");
        markdown.ShouldContain("3 inputs from outside the core team in this cycle: 1 answered (0 adopted, 1 adapted, 0 not adopted, with the reason); 2 waiting for the team's answer, of which 2 overdue.");
        markdown.ShouldContain("| A focus group | 3 people, 2 from outside the core team | Adapted, 6 March 2026, by Core member B | Session 2 now opens with the sleep diary |");
        markdown.ShouldContain("| Feedback on Material m1 | Focus group member B | Waiting: recorded as not adopted, but with no reason |  |");
        markdown.ShouldContain("| Feedback on Material m1 | Focus group member A | Waiting for the team's answer |  |", customMessage: "an answer after the moment of assessment does not exist yet");
        markdown.ShouldContain("\n## Delivery\n");
        markdown.ShouldContain("3 sessions delivered to students in this cycle; 2 of them co-delivered");
        markdown.ShouldContain("| 12 March 2026 | in person | 1 | no |");
    }

    [Fact]
    public void ToHtml_WithNamesAllowed_NamesNoTrainer()
    {
        var snapshot = Course();
        var html = EvidenceReport.ToHtml(snapshot, new CourseAssessor().Assess(snapshot, Day(40)), new EvidenceReportOptions { ShowNames = true });
        var delivery = html[html.IndexOf("<section aria-labelledby=\"delivery\">", StringComparison.Ordinal)..];
        delivery = delivery[..delivery.IndexOf("</section>", StringComparison.Ordinal)];

        html.ShouldContain("<h2 id=\"you-said-we-did\">You said, we did</h2>");
        delivery.ShouldContain("Sessions delivered in this cycle");
        foreach (var person in snapshot.People)
        {
            delivery.ShouldNotContain(person.DisplayName);
        }
    }

    [Fact]
    public void ToMarkdown_NothingToAnswerOrDeliver_SaysSo()
    {
        var snapshot = new CourseBuilder().Core("p1", Lived()).Build();
        var markdown = EvidenceReport.ToMarkdown(snapshot, new CourseAssessor().Assess(snapshot, Day(30)));

        markdown.ShouldContain(ReportText.NoOutsideInput);
        markdown.ShouldContain(ReportText.NoSessions);
    }
}
