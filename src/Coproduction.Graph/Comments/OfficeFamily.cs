namespace Coproduction.Graph.Comments;

/// <summary>The Office application a document belongs to, by its name or by what it holds.</summary>
internal enum OfficeFamily
{
    Word,
    PowerPoint,
    Excel,
}
