namespace Coproduction.Model;

/// <summary>Something people did on the course: a meeting, a message, feedback, a focus group and so on.</summary>
public sealed record Activity
{
    /// <summary>The activity's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of activity it was.</summary>
    public required ActivityKind Kind { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The id of the person who did it, convened it or recorded it.</summary>
    public required string By { get; init; }

    /// <summary>The ids of others who took part (for a task, the people given the work).</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>For feedback and objections: the id of the material or decision it is about.</summary>
    public string? On { get; init; }

    /// <summary>How people came together, when recorded.</summary>
    public ActivityMode? Mode { get; init; }

    /// <summary>For feedback: what it was about, when recorded (content when not).</summary>
    public FeedbackAspect? Aspect { get; init; }

    /// <summary>For a focus group: how it gathered views.</summary>
    public FocusGroupMethod? Method { get; init; }

    /// <summary>For a focus group: when in the work it took place, when recorded.</summary>
    public FocusGroupPhase? Phase { get; init; }

    /// <summary>For a task: whether the people given it agreed to take it on, when recorded (not when not).</summary>
    public bool? Accepted { get; init; }

    /// <summary>For feedback, objections and focus groups: the team's answer, when recorded.</summary>
    public InputResponse? Response { get; init; }

    /// <summary>The aspect of feedback, taking the format's default (content) when none is recorded.</summary>
    public FeedbackAspect EffectiveAspect => Aspect ?? FeedbackAspect.Content;

    /// <summary>Whether the id is the author or one of the participants.</summary>
    public bool Involves(string personId) =>
        string.Equals(By, personId, StringComparison.Ordinal) || Participants.Contains(personId, StringComparer.Ordinal);
}
