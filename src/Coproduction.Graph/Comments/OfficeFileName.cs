namespace Coproduction.Graph.Comments;

/// <summary>What a file's name says it is: which Office family, and whether the legacy binary format.</summary>
internal readonly record struct OfficeFileName(OfficeFamily Family, bool Legacy)
{
    /// <summary>The family and format a file's extension names (case-insensitive); null for anything not Office (a PDF, an image, Markdown).</summary>
    public static OfficeFileName? Of(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".DOCX" or ".DOCM" => new(OfficeFamily.Word, false),
            ".PPTX" or ".PPTM" => new(OfficeFamily.PowerPoint, false),
            ".XLSX" or ".XLSM" => new(OfficeFamily.Excel, false),
            // Legacy files are named, only so that the team hears they are legacy: the worker knows them by
            // name and downloads none (the reader itself, given one, lets the content decide).
            ".DOC" => new(OfficeFamily.Word, true),
            ".PPT" => new(OfficeFamily.PowerPoint, true),
            ".XLS" => new(OfficeFamily.Excel, true),
            _ => null,
        };
}
