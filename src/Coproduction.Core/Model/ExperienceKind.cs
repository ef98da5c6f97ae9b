namespace Coproduction.Model;

/// <summary>A kind of experience.</summary>
public enum ExperienceKind
{
    /// <summary>Own symptoms, diagnosis or life experience.</summary>
    Lived,

    /// <summary>Has worked with a number of people with it (professional experience).</summary>
    Learned,

    /// <summary>Carer or supporter of someone with it; counts as lived experience.</summary>
    Carer,
}
