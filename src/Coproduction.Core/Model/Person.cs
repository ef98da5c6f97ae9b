namespace Coproduction.Model;

/// <summary>
/// A person involved in the course. People need no organisational account: volunteers and carers
/// are people too.
/// </summary>
public sealed record Person
{
    /// <summary>The person's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The display name, shown only where the caller allows names.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Whether the person is in the core team or involved through focus groups only.</summary>
    public required Membership Membership { get; init; }

    /// <summary>A free label such as <c>peerTrainer</c> or <c>clinician</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Line authority in the organisation, when the document states it: 0 none, higher is more senior.</summary>
    public int? Seniority { get; init; }

    /// <summary>The kinds of experience the person brings, each with its topic tags.</summary>
    public IReadOnlyList<Experience> Experience { get; init; } = [];

    /// <summary>Line authority in the organisation, 0 when not stated.</summary>
    public int EffectiveSeniority => Seniority ?? 0;
}
