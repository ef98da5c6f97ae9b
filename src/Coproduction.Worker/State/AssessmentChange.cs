using Coproduction.Worker.History;

namespace Coproduction.Worker.State;

/// <summary>What a course's new line of history says happened since the line before: what the nudges tell of.</summary>
/// <param name="Opened">The flags opened since the line before.</param>
/// <param name="BecameReady">Whether the course became ready for quality review (it was not at the line before).</param>
internal sealed record AssessmentChange(IReadOnlyList<HistoryFlag> Opened, bool BecameReady);
