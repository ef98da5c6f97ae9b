using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The slides of a presentation or the sheets of a workbook in the order the document shows them (its
/// <c>p:sldIdLst</c> or <c>sheets</c>, read as a stream), not the order of its relationships; any part
/// not listed comes after, so that none is missed.
/// </summary>
internal static class PartOrder
{
    public static IReadOnlyList<TPart> Of<TPart>(OpenXmlPart container, IEnumerable<TPart> parts, string ns, string element, CommentParts reader)
        where TPart : OpenXmlPart
    {
        var ordered = new List<TPart>();
        var seen = new HashSet<Uri>();
        using (var xml = reader.Open(container))
        {
            while (reader.NextElement(xml))
            {
                if (xml.LocalName == element && xml.NamespaceURI == ns
                    && xml.GetAttribute("id", OfficeNamespaces.Relationships) is { Length: > 0 } relationshipId
                    && container.TryGetPartById(relationshipId, out var part) && part is TPart typed && seen.Add(typed.Uri))
                {
                    ordered.Add(typed);
                }
            }
        }
        ordered.AddRange(parts.Where(part => seen.Add(part.Uri)));
        return ordered;
    }
}
