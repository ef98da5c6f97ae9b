namespace Coproduction.Model;

/// <summary>Whether a course is being developed or reviewed.</summary>
public enum CourseKind
{
    /// <summary>A course being developed.</summary>
    New,

    /// <summary>An existing course being reviewed.</summary>
    Review,
}
