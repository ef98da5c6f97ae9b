using Coproduction.Model;

namespace Coproduction.Overview;

/// <summary>
/// One line of a course's history, as the worker keeps it (<c>coproduction history</c>): the course's
/// assessment at a change, or its deletion. The overview's trends, flags by month and readiness over
/// time come from these.
/// </summary>
public sealed class OverviewPoint
{
    /// <summary>Where the course is kept, as <see cref="OverviewCourse.Site"/> says it.</summary>
    public required string Site { get; init; }

    /// <summary>The course's id.</summary>
    public required string CourseId { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Whether the course was deleted then; its other members are then empty.</summary>
    public bool Deleted { get; init; }

    /// <summary>Its stage then.</summary>
    public Stage? Stage { get; init; }

    /// <summary>Its score then.</summary>
    public int? Score { get; init; }

    /// <summary>Whether it was ready for quality review then.</summary>
    public bool? ReadyForQuality { get; init; }

    /// <summary>The kinds of the flags opened since the course's line before, one word each time one opened.</summary>
    public IReadOnlyList<string> Opened { get; init; } = [];

    /// <summary>The kinds of the flags resolved since the course's line before (a deletion resolves every flag open).</summary>
    public IReadOnlyList<string> Resolved { get; init; } = [];
}
