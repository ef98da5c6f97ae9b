namespace Coproduction.Text;

/// <summary>
/// The declared words of one enumeration: for each value, the word the formats persist and the
/// plain-English label people read (SharePoint choices). Written out by hand, never made from the
/// members' names, so that renaming a member cannot change a snapshot, an assessment or a site.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class WordTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum[] _values;
    private readonly string[] _words;
    private readonly string[] _labels;

    /// <param name="entries">Each value with its word and label, in the enumeration's declaration order (the order of a column's choices).</param>
    public WordTable(params (TEnum Value, string Word, string Label)[] entries)
    {
        _values = Array.ConvertAll(entries, e => e.Value);
        _words = Array.ConvertAll(entries, e => e.Word);
        _labels = Array.ConvertAll(entries, e => e.Label);
    }

    /// <summary>Every declared value, in order.</summary>
    public IReadOnlyList<TEnum> Values => Array.AsReadOnly(_values);

    /// <summary>Every word, in order.</summary>
    public IReadOnlyList<string> Words => Array.AsReadOnly(_words);

    /// <summary>Every label, in order (read-only: callers keep them as a column's choices).</summary>
    public IReadOnlyList<string> Labels => Array.AsReadOnly(_labels);

    public string Word(TEnum value) => _words[IndexOf(value)];

    public string Label(TEnum value) => _labels[IndexOf(value)];

    /// <summary>Matching is exact: the formats say so.</summary>
    public bool TryParseWord(string word, out TEnum value) => Find(_words, word, StringComparison.Ordinal, out value);

    /// <summary>People type labels into SharePoint, so case and surrounding space are forgiven.</summary>
    public bool TryParseLabel(string? label, out TEnum value) => Find(_labels, label?.Trim(), StringComparison.OrdinalIgnoreCase, out value);

    private int IndexOf(TEnum value)
    {
        var index = Array.IndexOf(_values, value);
        return index >= 0
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), $"This {typeof(TEnum).Name} has no declared word.");
    }

    private bool Find(string[] texts, string? text, StringComparison comparison, out TEnum value)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.Equals(texts[i], text, comparison))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
