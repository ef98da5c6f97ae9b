namespace Coproduction.Report;

/// <summary>What the evidence report may show. <see cref="Problems"/> says what makes no sense; the report refuses it (<see cref="Validate"/>).</summary>
public sealed class EvidenceReportOptions
{
    /// <summary>
    /// Whether people's display names may appear beside their contributions. Off by default: people
    /// then appear by role, such as "Peer trainer A". Names never appear beside lived or carer
    /// experience, whatever this says: that is health information.
    /// </summary>
    public bool ShowNames { get; set; }

    /// <summary>
    /// The smallest number of people bringing a kind of experience that the report writes as a
    /// number; a smaller count other than none reads "fewer than 3" (with the default, 3). The report
    /// lists the core team member by member, so one or two people with lived experience would all but
    /// be named. Applies to the experience table, each focus group's experience columns, and the
    /// reasons and evidence of the three experience items of the checklist. At least 2. Default 3.
    /// </summary>
    public int SmallestCountShown { get; set; } = 3;

    /// <summary>Every option whose value makes no sense, in plain words naming it; empty when all are good.</summary>
    public IReadOnlyList<string> Problems() => SmallestCountShown < 2
        ? [$"{nameof(SmallestCountShown)} must be 2 or more, so that a count never stands for one person, not {SmallestCountShown}."]
        : [];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first of the <see cref="Problems"/>.</summary>
    public void Validate()
    {
        if (Problems() is [var first, ..])
        {
            throw new ArgumentException(first, first[..first.IndexOf(' ', StringComparison.Ordinal)]);
        }
    }
}
