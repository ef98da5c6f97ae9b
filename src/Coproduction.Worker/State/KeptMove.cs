namespace Coproduction.Worker.State;

/// <summary>A person's stage move kept while its course failed: from, to, and whether the worker had already put the stage back.</summary>
internal sealed record KeptMove(string From, string To, bool PutBack)
{
    /// <summary>
    /// Whether the move is still there to judge, by where the course now stands: where it was moved to,
    /// or where the worker put it back. A move a person has since undone, or moved on from, is not.
    /// </summary>
    public bool StandsAt(string? stage) => stage == To || (PutBack && stage == From);
}
