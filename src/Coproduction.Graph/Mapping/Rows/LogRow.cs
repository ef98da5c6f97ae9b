using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the co-production log: an activity, or an agreement with a material (<see cref="LogList.AgreementLabel"/>).</summary>
internal sealed record LogRow(
    string? ActivityId, string? Title, string? Course, string? Kind, DateTimeOffset? At, string? By, IReadOnlyList<string> Participants, string? On,
    ActivityMode? Mode, FeedbackAspect? Aspect, FocusGroupMethod? Method, FocusGroupPhase? Phase, bool? Accepted)
{
    /// <summary>The document it is on, chosen in a form (schema version 2): the document's item id.</summary>
    public string? OnMaterial { get; init; }

    /// <summary>The decision it is on, chosen in a form (schema version 2): the decision's item id.</summary>
    public string? OnDecision { get; init; }

    /// <summary>What the team did with the input (schema version 3), with <see cref="Reason"/>, <see cref="AnsweredAt"/> and <see cref="AnsweredBy"/>.</summary>
    public ResponseOutcome? Outcome { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Who answered, by the team list's item id.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>Whether any column of an answer is filled in.</summary>
    public bool HasAnswer => Outcome is not null || !string.IsNullOrWhiteSpace(Reason) || AnsweredAt is not null || AnsweredBy is not null;

    public bool IsAgreement => Kind == LogList.AgreementLabel;

    public static LogRow Read(SiteFields f) => new(
        LogList.ActivityId.Read(f), SharePointColumns.Title.Read(f), LogList.Course.Read(f), LogList.Kind.Read(f), LogList.At.Read(f), LogList.By.Read(f),
        LogList.Participants.Read(f), LogList.On.Read(f), LogList.Mode.Read(f), LogList.Aspect.Read(f), LogList.Method.Read(f), LogList.Phase.Read(f), LogList.Accepted.Read(f))
    {
        OnMaterial = LogList.OnMaterial.Read(f),
        OnDecision = LogList.OnDecision.Read(f),
        Outcome = LogList.Outcome.Read(f),
        Reason = LogList.Reason.Read(f),
        AnsweredAt = LogList.AnsweredAt.Read(f),
        AnsweredBy = LogList.AnsweredBy.Read(f),
    };

    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Title)
        .Set(LogList.ActivityId, ActivityId)
        .Set(LogList.Course, Course)
        .Set(LogList.Kind, Kind)
        .Set(LogList.At, At)
        .Set(LogList.By, By)
        .Set(LogList.Participants, Participants)
        .Set(LogList.On, On)
        .Set(LogList.Mode, Mode)
        .Set(LogList.Aspect, Aspect)
        .Set(LogList.Method, Method)
        .Set(LogList.Phase, Phase)
        .Set(LogList.Accepted, Accepted)
        .Set(LogList.Outcome, Outcome)
        .Set(LogList.Reason, Reason)
        .Set(LogList.AnsweredAt, AnsweredAt)
        .Set(LogList.AnsweredBy, AnsweredBy);
}
