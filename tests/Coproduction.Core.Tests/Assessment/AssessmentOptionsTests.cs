namespace Coproduction.Assessment;

public sealed class AssessmentOptionsTests
{
    [Fact]
    public void Defaults_AreThoseOfTheAssessmentRules()
    {
        var options = new AssessmentOptions();

        options.SoleAuthorVersions.ShouldBe(3);
        options.SoleAuthorAge.ShouldBe(TimeSpan.FromDays(14));
        options.SoleFocusShare.ShouldBe(0.6);
        options.SoleFocusMinimumCoreMembers.ShouldBe(3);
        options.SoleFocusMinimumContributions.ShouldBe(10);
        options.UnacceptedAssignments.ShouldBe(3);
        options.OverReviewingMinimumFeedback.ShouldBe(10);
        options.OverReviewingPresentationShare.ShouldBe(0.6);
        options.AnswerWithinDays.ShouldBe(28);
        options.CoDeliveryShare.ShouldBe(1.0);
        Should.NotThrow(options.Validate);
    }

    public static TheoryData<string, Action<AssessmentOptions>> Nonsense => new()
    {
        { nameof(AssessmentOptions.SoleAuthorVersions), o => o.SoleAuthorVersions = 0 },
        { nameof(AssessmentOptions.SoleAuthorAge), o => o.SoleAuthorAge = TimeSpan.Zero },
        { nameof(AssessmentOptions.SoleFocusShare), o => o.SoleFocusShare = 0 },
        { nameof(AssessmentOptions.SoleFocusShare), o => o.SoleFocusShare = 1.5 },
        { nameof(AssessmentOptions.SoleFocusShare), o => o.SoleFocusShare = double.NaN },
        { nameof(AssessmentOptions.SoleFocusMinimumCoreMembers), o => o.SoleFocusMinimumCoreMembers = -1 },
        { nameof(AssessmentOptions.SoleFocusMinimumContributions), o => o.SoleFocusMinimumContributions = 0 },
        { nameof(AssessmentOptions.UnacceptedAssignments), o => o.UnacceptedAssignments = 0 },
        { nameof(AssessmentOptions.OverReviewingMinimumFeedback), o => o.OverReviewingMinimumFeedback = 0 },
        { nameof(AssessmentOptions.OverReviewingPresentationShare), o => o.OverReviewingPresentationShare = -0.1 },
        { nameof(AssessmentOptions.AnswerWithinDays), o => o.AnswerWithinDays = 0 },
        { nameof(AssessmentOptions.AnswerWithinDays), o => o.AnswerWithinDays = int.MaxValue },
        { nameof(AssessmentOptions.CoDeliveryShare), o => o.CoDeliveryShare = 0 },
        { nameof(AssessmentOptions.CoDeliveryShare), o => o.CoDeliveryShare = 1.01 },
        { nameof(AssessmentOptions.CoDeliveryShare), o => o.CoDeliveryShare = double.NaN },
    };

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Validate_ValueThatMakesNoSense_ThrowsNamingTheOption(string name, Action<AssessmentOptions> spoil)
    {
        var options = new AssessmentOptions();
        spoil(options);

        Should.Throw<ArgumentException>(options.Validate).ParamName.ShouldBe(name);
        Should.Throw<ArgumentException>(() => new CourseAssessor(options)).Message.ShouldContain(name);
    }

    [Fact]
    public void Assess_TheMostDaysToAnswer_AssessesTheSamplesWithoutOverflowing()
    {
        var assessor = new CourseAssessor(new AssessmentOptions { AnswerWithinDays = AssessmentOptions.MostAnswerWithinDays });
        var snapshot = Report.ReportFixtures.Sample("drifting-course.json");

        assessor.Assess(snapshot, DateTimeOffset.MaxValue.AddYears(-11)).YouSaidWeDid.Overdue.ShouldBe(1, "its unanswered input of 2026 is ten years past by then, and nothing overflows");
    }

    [Fact]
    public void Problems_SeveralValuesThatMakeNoSense_AreAllNamedAtOnce()
    {
        var options = new AssessmentOptions { SoleAuthorVersions = 0, SoleFocusShare = 2, UnacceptedAssignments = -1 };

        options.Problems().Select(p => p.Split(' ')[0]).ShouldBe(
            [nameof(AssessmentOptions.SoleAuthorVersions), nameof(AssessmentOptions.SoleFocusShare), nameof(AssessmentOptions.UnacceptedAssignments)]);
        new AssessmentOptions().Problems().ShouldBeEmpty();
    }
}
