namespace Coproduction.Lifecycle;

/// <summary>The steps that move a course between lifecycle stages.</summary>
public enum LifecycleTrigger
{
    /// <summary>Proposed to scoping.</summary>
    BeginScoping,

    /// <summary>Scoping or under review to developing, once the right experience is included.</summary>
    StartDevelopment,

    /// <summary>Developing to quality review, once the course is ready for it.</summary>
    SubmitForQuality,

    /// <summary>Quality review back to developing.</summary>
    RequestChanges,

    /// <summary>Quality review to approved.</summary>
    Approve,

    /// <summary>Approved to live.</summary>
    Launch,

    /// <summary>Live to under review.</summary>
    BeginReview,

    /// <summary>Live or under review to retired.</summary>
    Retire,

    /// <summary>Proposed, scoping or developing to withdrawn.</summary>
    Withdraw,
}
