namespace Coproduction.Model;

/// <summary>The guidance's reasons why a decision may legitimately not be fully co-produced.</summary>
public enum Exemption
{
    /// <summary>Health and safety: not open to interpretation.</summary>
    HealthAndSafety,

    /// <summary>Decided elsewhere in the Trust, such as branding.</summary>
    TrustPolicy,

    /// <summary>Needed quickly, with the views of a handful of people: still co-production.</summary>
    Timely,

    /// <summary>A managerial decision made under the Trust's guidelines.</summary>
    Managerial,
}
