namespace Coproduction.Model;

/// <summary>The five ways the guidance lists for involving a focus group.</summary>
public enum FocusGroupMethod
{
    /// <summary>An in-person meeting.</summary>
    InPerson,

    /// <summary>A virtual meeting.</summary>
    Virtual,

    /// <summary>Information shared virtually.</summary>
    SharedInformation,

    /// <summary>A poll or survey.</summary>
    PollOrSurvey,

    /// <summary>Experiences shared, to be captured and worked in.</summary>
    ExperienceSharing,
}
