namespace Coproduction.Model;

/// <summary>A session of the course delivered to students, and who delivered it.</summary>
public sealed record DeliveredSession
{
    /// <summary>The session's identifier, unique among sessions.</summary>
    public required string Id { get; init; }

    /// <summary>When it was delivered.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The ids of the people who delivered it (at least one), whatever their membership.</summary>
    public IReadOnlyList<string> Trainers { get; init; } = [];

    /// <summary>How it was delivered, when recorded.</summary>
    public SessionMode? Mode { get; init; }
}
