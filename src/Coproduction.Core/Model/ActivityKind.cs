namespace Coproduction.Model;

/// <summary>The kinds of activity the guidance describes.</summary>
public enum ActivityKind
{
    /// <summary>People met, in person or virtually, to share ideas or discuss the work.</summary>
    Meeting,

    /// <summary>An email or chat exchange about ideas or the work.</summary>
    Message,

    /// <summary>Someone shared a piece of work with others for their thoughts.</summary>
    WorkShared,

    /// <summary>Someone gave feedback on a material or a decision.</summary>
    Feedback,

    /// <summary>The team agreed areas of research for members to look at independently.</summary>
    ResearchAgreed,

    /// <summary>A focus group session.</summary>
    FocusGroup,

    /// <summary>Carers' or supporters' views were asked for.</summary>
    CarerViewsSought,

    /// <summary>Someone gave work to others, who may or may not have agreed to it.</summary>
    TaskAssigned,

    /// <summary>Someone disagreed with a material or decision.</summary>
    Objection,
}
