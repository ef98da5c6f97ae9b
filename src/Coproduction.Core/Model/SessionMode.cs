namespace Coproduction.Model;

/// <summary>How a session was delivered to students.</summary>
public enum SessionMode
{
    /// <summary>Face to face.</summary>
    InPerson,

    /// <summary>By video.</summary>
    Virtual,
}
