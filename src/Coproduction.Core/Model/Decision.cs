namespace Coproduction.Model;

/// <summary>A decision in the course's decisions register.</summary>
public sealed record Decision
{
    /// <summary>The decision's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>What was decided.</summary>
    public required string Summary { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The id of the person who made the decision.</summary>
    public required string By { get; init; }

    /// <summary>The ids of people whose views were part of the decision, the maker included or not.</summary>
    public IReadOnlyList<string> Involved { get; init; } = [];

    /// <summary>Why the decision was not fully co-produced, if it was not.</summary>
    public Exemption? Exemption { get; init; }

    /// <summary>The reason for the exemption, in words.</summary>
    public string? Justification { get; init; }
}
