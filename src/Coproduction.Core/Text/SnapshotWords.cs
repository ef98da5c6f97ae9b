namespace Coproduction.Text;

/// <summary>
/// The camelCase words of the snapshot and assessment formats for enumerated values, such as
/// <c>qualityReview</c> for <see cref="Model.Stage.QualityReview"/>, and plain-English labels for
/// people to read ("Quality review"), as SharePoint choice columns show them. Every word and label
/// is declared, value by value, rather than made from the members' names: renaming a member
/// changes nothing persisted. Only the enumerations of the two formats have words; any other
/// enumeration throws <see cref="NotSupportedException"/>.
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
        where TEnum : struct, Enum => Words<TEnum>.Label(value);

    /// <summary>Reads a plain-English label back, ignoring case and surrounding space.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    /// <param name="label">The label, such as "Quality review".</param>
    /// <param name="value">The value, when the label is one.</param>
    public static bool TryParseLabel<TEnum>(string label, out TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.TryParseLabel(label, out value);

    /// <summary>Every label of an enumeration, in declaration order: the choices of a column.</summary>
    /// <typeparam name="TEnum">An enumeration of the model.</typeparam>
    public static IReadOnlyList<string> Labels<TEnum>()
        where TEnum : struct, Enum => Words<TEnum>.Labels;
}
