using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Coproduction.Worker.Passes;

/// <summary>
/// The file name of a course's evidence report in the evidence library, one file per course id and
/// never two ids to one file. A course id is whatever staff typed: SharePoint refuses names with
/// <c>" * : &lt; &gt; ? / \ |</c>, a leading <c>~$</c> or <c>_vti_</c> ("Restrictions and limitations in
/// OneDrive and SharePoint"), and compares names ignoring case. So an id of lower-case letters, digits
/// and single hyphens is the name as it is (<c>sleep-2026-evidence.html</c>); any other id is kept
/// readable with what is safe of it, and told apart by a hash of the id after a <c>~</c>, which a
/// plain name never holds.
/// </summary>
internal static partial class ReportFileName
{
    private const int MostReadable = 60;

    public static string Of(string courseId)
    {
        if (Plain().IsMatch(courseId) && courseId.Length <= MostReadable)
        {
            return $"{courseId}-evidence.html";
        }

        var readable = Unsafe().Replace(courseId.ToLowerInvariant(), "-").Trim('-');
        readable = readable.Length > MostReadable ? readable[..MostReadable].TrimEnd('-') : readable;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(courseId)))[..12];
        return $"{(readable.Length == 0 ? "course" : readable)}~{hash}-evidence.html";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();
}
