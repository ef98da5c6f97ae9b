namespace Coproduction.Model;

/// <summary>A course being developed or reviewed in co-production.</summary>
public sealed record Course
{
    /// <summary>The course identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The course title.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the course is new or an existing course under review.</summary>
    public required CourseKind Kind { get; init; }

    /// <summary>Topic tags (never diagnoses or free text about a person); at least one.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>The lifecycle stage the course is at.</summary>
    public required Stage Stage { get; init; }

    /// <summary>The id of the person who leads the course, if named.</summary>
    public string? LeadId { get; init; }
}
