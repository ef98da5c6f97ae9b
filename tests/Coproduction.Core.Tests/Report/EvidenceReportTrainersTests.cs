namespace Coproduction.Report;

/// <summary>
/// A session not co-delivered is about its trainers: beside that flag, a trainer named (or labelled by
/// role) would say which kind of experience they lack. The report counts them there, as its Delivery
/// section does, whatever it may show of names.
/// </summary>
public sealed class EvidenceReportTrainersTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToHtml_SessionNotCoDelivered_CountsItsTrainersBesideTheFlagNamingNone(bool showNames)
    {
        var snapshot = ReportFixtures.Sample("drifting-course.json");
        var lone = snapshot.People.Single(p => p.Id == snapshot.Sessions.Single(s => s.Trainers.Count == 1).Trainers[0]);

        var html = ReportFixtures.Html(snapshot, showNames);
        var flag = html[html.IndexOf("<h3>Sessions not co-delivered", StringComparison.Ordinal)..];
        flag = flag[..flag.IndexOf("</div>", StringComparison.Ordinal)];

        flag.ShouldContain("Concerns: <bdi>1 trainer</bdi>.");
        flag.ShouldNotContain(lone.DisplayName);
    }

    [Fact]
    public void ToMarkdown_SessionNotCoDelivered_CountsItsTrainers()
    {
        var snapshot = ReportFixtures.Sample("drifting-course.json");
        var lone = snapshot.People.Single(p => p.Id == snapshot.Sessions.Single(s => s.Trainers.Count == 1).Trainers[0]);

        var markdown = ReportFixtures.Markdown(snapshot, showNames: true);
        var flag = markdown[markdown.IndexOf("Sessions not co-delivered: ", StringComparison.Ordinal)..];
        flag = flag[..(flag.IndexOf("Concerns:", StringComparison.Ordinal) is var at and >= 0 ? flag.IndexOf('\n', at) : flag.Length)];

        flag.ShouldContain("1 trainer");
        flag.ShouldNotContain(lone.DisplayName);
    }
}
