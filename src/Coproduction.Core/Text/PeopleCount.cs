using System.Globalization;

namespace Coproduction.Text;

/// <summary>
/// How a sentence counts people who bring a kind of experience. The assessment counts exactly; the
/// evidence report, which a reader holds beside its per-person rows, writes a count from 1 up to the
/// smallest it may show as "fewer than 3": one or two people with lived experience in a small team
/// are all but named. Nobody (0) is no one's experience, so it stays a number.
/// </summary>
/// <param name="smallestShown">The smallest count written as a number; 1 shows every count.</param>
internal sealed class PeopleCount(int smallestShown)
{
    /// <summary>Every count as it is, as the assessment writes them.</summary>
    public static PeopleCount Exact { get; } = new(1);

    /// <summary>"2", or "fewer than 3".</summary>
    public string Number(int n) => IsSmall(n) ? Fewer : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 core member", "fewer than 3 core members".</summary>
    public string Of(int n, string noun, string? plural = null) =>
        IsSmall(n) ? $"{Fewer} {plural ?? noun + "s"}" : English.Count(n, noun, plural);

    /// <summary>Whether the words are singular ("has", "is"): never for "fewer than 3 …".</summary>
    public bool IsOne(int n) => n == 1 && !IsSmall(n);

    private string Fewer => $"fewer than {smallestShown.ToString(CultureInfo.InvariantCulture)}";

    private bool IsSmall(int n) => n > 0 && n < smallestShown;
}
