namespace Coproduction.Model;

/// <summary>A stage of the course lifecycle (see <see cref="Lifecycle.CourseLifecycle"/>).</summary>
public enum Stage
{
    /// <summary>Someone has proposed the course.</summary>
    Proposed,

    /// <summary>The team is working out what the course covers and who should be involved.</summary>
    Scoping,

    /// <summary>The team is writing the course.</summary>
    Developing,

    /// <summary>The course is with the college's Quality Process.</summary>
    QualityReview,

    /// <summary>The Quality Process approved the course.</summary>
    Approved,

    /// <summary>The course is being delivered to students.</summary>
    Live,

    /// <summary>An existing course is being reviewed.</summary>
    UnderReview,

    /// <summary>The course is no longer delivered.</summary>
    Retired,

    /// <summary>The course was withdrawn before it went live.</summary>
    Withdrawn,
}
