namespace Coproduction.Report;

public sealed class EvidenceReportOptionsTests
{
    [Fact]
    public void SmallestCountShown_ByDefault_IsThree() =>
        new EvidenceReportOptions().SmallestCountShown.ShouldBe(3);

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Validate_SmallestCountShownBelowTwo_IsRefusedNamingTheOption(int smallest)
    {
        var error = Should.Throw<ArgumentException>(() => new EvidenceReportOptions { SmallestCountShown = smallest }.Validate());

        error.ParamName.ShouldBe(nameof(EvidenceReportOptions.SmallestCountShown));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Validate_SmallestCountShownOfTwoOrMore_IsAccepted(int smallest) =>
        Should.NotThrow(() => new EvidenceReportOptions { SmallestCountShown = smallest }.Validate());

    [Fact]
    public void ToHtmlAndToMarkdown_OptionsThatMakeNoSense_AreRefused()
    {
        var snapshot = ReportFixtures.Sample("healthy-new-course.json");
        var assessment = ReportFixtures.Assess(snapshot);
        var options = new EvidenceReportOptions { SmallestCountShown = 1 };

        Should.Throw<ArgumentException>(() => EvidenceReport.ToHtml(snapshot, assessment, options));
        Should.Throw<ArgumentException>(() => EvidenceReport.ToMarkdown(snapshot, assessment, options));
    }
}
