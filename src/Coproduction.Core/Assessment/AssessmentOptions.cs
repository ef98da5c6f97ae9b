namespace Coproduction.Assessment;

/// <summary>
/// The thresholds of the assessment rules. The defaults are those of the assessment rules; an
/// organisation may set its own. Call <see cref="Validate"/> (the assessor does) to refuse values
/// that make no sense.
/// </summary>
public sealed class AssessmentOptions
{
    /// <summary>A run of this many consecutive versions by one author, with no one else's feedback, raises <c>soleAuthorWithoutFeedback</c>. Default 3.</summary>
    public int SoleAuthorVersions { get; set; } = 3;

    /// <summary>A run of versions by one author that began this long ago, with no one else's feedback, raises <c>soleAuthorWithoutFeedback</c>. Default 14 days.</summary>
    public TimeSpan SoleAuthorAge { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A core member's share of core contributions at or above this is the sole focus of the work. Default 0.6.</summary>
    public double SoleFocusShare { get; set; } = 0.6;

    /// <summary><c>soleFocus</c> is raised only for a core team of at least this many members. Default 3.</summary>
    public int SoleFocusMinimumCoreMembers { get; set; } = 3;

    /// <summary><c>soleFocus</c> is raised only once core contributions total at least this. Default 10.</summary>
    public int SoleFocusMinimumContributions { get; set; } = 10;

    /// <summary>One person making this many task assignments that were not accepted raises <c>tellingPeopleWhatToWorkOn</c>. Default 3.</summary>
    public int UnacceptedAssignments { get; set; } = 3;

    /// <summary><c>overReviewing</c> is raised only for a material with at least this many feedback items. Default 10.</summary>
    public int OverReviewingMinimumFeedback { get; set; } = 10;

    /// <summary>The share of a material's feedback about presentation at or above which it is over-reviewed. Default 0.6.</summary>
    public double OverReviewingPresentationShare { get; set; } = 0.6;

    /// <summary>An outside input not answered this many days after it was given is overdue and raises <c>inputNotAnswered</c>. Default 28.</summary>
    public int AnswerWithinDays { get; set; } = 28;

    /// <summary>The most days <see cref="AnswerWithinDays"/> may be: ten years.</summary>
    public const int MostAnswerWithinDays = 3650;

    /// <summary>Co-delivered sessions fewer than this share of the sessions delivered raise <c>notCoDelivered</c>. Default 1.0: any session not co-delivered.</summary>
    public double CoDeliveryShare { get; set; } = 1.0;

    /// <summary>Every option whose value makes no sense, in plain words naming it; empty when all are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(int value, string name)
        {
            if (value < 1)
            {
                problems.Add($"{name} must be 1 or more, not {value}.");
            }
        }

        void Share(double value, string name)
        {
            if (!(value > 0 && value <= 1))
            {
                problems.Add($"{name} must be a share above 0 and at most 1, not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        }

        Positive(SoleAuthorVersions, nameof(SoleAuthorVersions));
        if (SoleAuthorAge <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(SoleAuthorAge)} must be longer than zero, not {SoleAuthorAge}.");
        }

        Share(SoleFocusShare, nameof(SoleFocusShare));
        Positive(SoleFocusMinimumCoreMembers, nameof(SoleFocusMinimumCoreMembers));
        Positive(SoleFocusMinimumContributions, nameof(SoleFocusMinimumContributions));
        Positive(UnacceptedAssignments, nameof(UnacceptedAssignments));
        Positive(OverReviewingMinimumFeedback, nameof(OverReviewingMinimumFeedback));
        Share(OverReviewingPresentationShare, nameof(OverReviewingPresentationShare));
        Positive(AnswerWithinDays, nameof(AnswerWithinDays));
        if (AnswerWithinDays > MostAnswerWithinDays)
        {
            // Past this, an input's due moment overflows DateTimeOffset: a time no course reaches, and a crash to refuse here.
            problems.Add($"{nameof(AnswerWithinDays)} must be at most {MostAnswerWithinDays} (ten years), not {AnswerWithinDays}.");
        }

        Share(CoDeliveryShare, nameof(CoDeliveryShare));
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first of the <see cref="Problems"/>.</summary>
    public void Validate()
    {
        if (Problems() is [var first, ..])
        {
            throw new ArgumentException(first, first[..first.IndexOf(' ', StringComparison.Ordinal)]);
        }
    }
}
