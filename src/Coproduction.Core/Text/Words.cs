using System.Text.Json;

namespace Coproduction.Text;

/// <summary>
/// The camelCase words that stand for enumerated values in the snapshot and assessment formats,
/// such as <c>qualityReview</c> for <see cref="Model.Stage.QualityReview"/>. Matching is exact.
/// </summary>
internal static class Words<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Array.ConvertAll(Values, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    /// <summary>Every word, in declaration order.</summary>
    public static IReadOnlyList<string> All => Names;

    public static string Of(TEnum value) => Names[Array.IndexOf(Values, value)];

    public static bool TryParse(string word, out TEnum value)
    {
        var index = Array.IndexOf(Names, word);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }
}
