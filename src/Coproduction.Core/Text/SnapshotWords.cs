namespace Coproduction.Text;

/// <summary>
/// The camelCase words of the snapshot and assessment formats for enumerated values, such as
/// <c>qualityReview</c> for <see cref="Model.Stage.QualityReview"/>, and plain-English labels for
/// people to read ("Quality review"), as SharePoint choice columns show them.
/// </summary>
public static class SnapshotWords
{
    /// <summary>The format's word for a value.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    /// <param name="value">The value.</param>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.Of(value);

    /// <summary>Reads the format's word for a value; matching is exact.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    /// <param name="word">The word, such as <c>qualityReview</c>.</param>
    /// <param name="value">The value, when the word is one.</param>
    public static bool TryParse<TEnum>(string word, out TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.TryParse(word, out value);

    /// <summary>The plain-English label of a value: <c>qualityReview</c> reads "Quality review".</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    /// <param name="value">The value.</param>
    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var word = Words<TEnum>.Of(value);
        var label = new System.Text.StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            label.Append(label.Length == 0 ? char.ToUpperInvariant(c) : char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return label.ToString();
    }

    /// <summary>Reads a plain-English label back, ignoring case.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    /// <param name="label">The label, such as "Quality review".</param>
    /// <param name="value">The value, when the label is one.</param>
    public static bool TryParseLabel<TEnum>(string label, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Label(candidate), label?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every label of an enumeration, in declaration order: the choices of a column.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    public static IReadOnlyList<string> Labels<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Label).ToList();
}
