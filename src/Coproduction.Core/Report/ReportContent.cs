using Coproduction.Checklist;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>
/// Everything the evidence report says, worked out once and in plain words, so that the HTML and
/// Markdown writers only lay it out and say the same thing.
/// </summary>
internal sealed record ReportContent
{
    public required Course Course { get; init; }

    public required DateTimeOffset AsOf { get; init; }

    public DateTimeOffset? CycleStart { get; init; }

    public required IReadOnlyList<StageRow> StageHistory { get; init; }

    public required IReadOnlyList<ChecklistSection> Checklist { get; init; }

    public required int Score { get; init; }

    public required bool ReadyForQuality { get; init; }

    public required IReadOnlyList<string> MissingForQuality { get; init; }

    public required IReadOnlyList<ExperienceRow> Experience { get; init; }

    public required FocusGroupSummary FocusGroups { get; init; }

    public required InputsSummary Inputs { get; init; }

    public required DeliverySummary Delivery { get; init; }

    public required IReadOnlyList<DecisionRow> Decisions { get; init; }

    public required IReadOnlyList<FlagRow> Flags { get; init; }

    public required IReadOnlyList<ContributionRow> Contributions { get; init; }

    public required Timeline Timeline { get; init; }

    public required LifecycleSummary Lifecycle { get; init; }
}

internal sealed record StageRow(DateTimeOffset At, Stage From, Stage To, string By);

internal sealed record ChecklistSection(ChecklistItem Item, string Title, string Asks, ChecklistStatus Status, int Score, string Reason, IReadOnlyList<string> Evidence, string? Note);

/// <summary>How many people bring relevant experience of one kind, in the core team and through focus groups, as the report writes the counts.</summary>
internal sealed record ExperienceRow(string Category, string Core, string FocusGroup);

internal sealed record FocusGroupSummary(IReadOnlyList<FocusGroupRow> Sessions, IReadOnlyList<PhaseRow> Phases, IReadOnlyList<string> Notes);

/// <summary>One focus group: when, how, and with whom by category (never by name; experience counts as the report writes them).</summary>
internal sealed record FocusGroupRow(DateTimeOffset At, string Phase, string Method, int Participants, int FromOutsideCore, string Lived, string Learned, string Carer);

/// <summary>"You said, we did": each outside input with the team's answer, and a sentence of counts.</summary>
internal sealed record InputsSummary(IReadOnlyList<InputRow> Rows, string Summary);

/// <summary>
/// One outside input: when; what it was (<paramref name="What"/>, then the title of what it is on, a snapshot value);
/// from whom (a focus group's people counted, else the person's label); the answer in the report's words, then who gave it; and why.
/// </summary>
internal sealed record InputRow(DateTimeOffset At, string What, string? On, string? FromCounted, string? FromPerson, string Answer, string? AnsweredBy, string? Reason);

internal sealed record DeliverySummary(IReadOnlyList<SessionRow> Rows, string Summary);

internal sealed record SessionRow(DateTimeOffset At, string Mode, int Trainers, bool CoDelivered);

internal sealed record PhaseRow(string Phase, int Sessions);

internal sealed record DecisionRow(DateTimeOffset At, string Id, string Summary, string By, int OthersInvolved, bool CoProduced, string? Exemption, string? Justification);

internal sealed record FlagRow(string Title, string Subject, IReadOnlyList<string> People, DateTimeOffset Since, string Message);

internal sealed record ContributionRow(string Person, int Contributions, double Share);

/// <summary>What happened when, in columns of a week or a month, with the stage moves.</summary>
internal sealed record Timeline(DateTimeOffset Start, DateTimeOffset End, string ColumnUnit, IReadOnlyList<DateTimeOffset> Columns, IReadOnlyList<TimelineRow> Rows, IReadOnlyList<StageRow> Moves);

internal sealed record TimelineRow(string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

internal sealed record LifecycleSummary(Stage Stage, IReadOnlyList<string> Permitted, IReadOnlyList<(string Step, IReadOnlyList<string> Reasons)> Blocked, string Mermaid);
