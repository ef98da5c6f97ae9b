namespace Coproduction.Flags;

/// <summary>The kinds of flag: ways of working the guidance says are not co-production.</summary>
public enum FlagKind
{
    /// <summary>A material has been worked on by one person for a while with nobody else's feedback or agreement.</summary>
    SoleAuthorWithoutFeedback,

    /// <summary>One core member's work is the sole focus of the course.</summary>
    SoleFocus,

    /// <summary>A decision was taken without seeking anyone else's views.</summary>
    PushedThroughWithoutFeedback,

    /// <summary>A more senior person decided over a recorded objection without talking it through.</summary>
    PullingRank,

    /// <summary>One person keeps giving others work they did not agree to take on.</summary>
    TellingPeopleWhatToWorkOn,

    /// <summary>A material's feedback is mostly about single words, fonts and images.</summary>
    OverReviewing,

    /// <summary>A decision claims an exemption from co-production without saying why.</summary>
    UnexplainedExemption,

    // Added in version 1.1, after the others: flags are ordered by kind, and sites, history files and
    // the assessment's order all hold these members' positions.

    /// <summary>Input from outside the core team has waited too long for the team's answer ("you said, we did").</summary>
    InputNotAnswered,

    /// <summary>Sessions were delivered without a peer trainer and a trainer with learned experience together.</summary>
    NotCoDelivered,
}
