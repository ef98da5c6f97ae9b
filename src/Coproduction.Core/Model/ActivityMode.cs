namespace Coproduction.Model;

/// <summary>How people came together for an activity.</summary>
public enum ActivityMode
{
    /// <summary>Face to face.</summary>
    InPerson,

    /// <summary>A video or phone call.</summary>
    Virtual,

    /// <summary>Emails and chats.</summary>
    Async,
}
