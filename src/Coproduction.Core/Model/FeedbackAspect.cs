namespace Coproduction.Model;

/// <summary>What a piece of feedback was about.</summary>
public enum FeedbackAspect
{
    /// <summary>What the material says.</summary>
    Content,

    /// <summary>How the material is organised.</summary>
    Structure,

    /// <summary>Single words, fonts and images.</summary>
    Presentation,
}
