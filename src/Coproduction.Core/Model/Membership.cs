namespace Coproduction.Model;

/// <summary>How a person is involved in a course.</summary>
public enum Membership
{
    /// <summary>A member of the core team or working group.</summary>
    Core,

    /// <summary>Involved through focus groups only.</summary>
    FocusGroup,
}
