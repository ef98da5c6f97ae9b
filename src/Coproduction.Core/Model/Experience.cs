namespace Coproduction.Model;

/// <summary>One kind of experience a person brings, with the topics it covers.</summary>
/// <param name="Kind">Lived, learned or carer experience.</param>
/// <param name="Topics">Topic tags, at least one: never a diagnosis or free text.</param>
public sealed record Experience(ExperienceKind Kind, IReadOnlyList<string> Topics)
{
    /// <summary>Whether this counts as lived experience: the guidance counts a carer's perspective as lived experience.</summary>
    public bool IsLived => Kind is ExperienceKind.Lived or ExperienceKind.Carer;
}
