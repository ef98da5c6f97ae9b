namespace Coproduction.Text;

/// <summary>
/// The words and labels declared for an enumeration (see <see cref="DeclaredWords"/>), looked up
/// once per enumeration.
/// </summary>
internal static class Words<TEnum>
    where TEnum : struct, Enum
{
    // Looked up once; an enumeration without declared words fails where it is used, not in a type initialiser.
    private static readonly WordTable<TEnum>? Declared = DeclaredWords.Find<TEnum>();

    private static WordTable<TEnum> Table => Declared ?? throw DeclaredWords.NotDeclared<TEnum>();

    /// <summary>Every word, in declaration order.</summary>
    public static IReadOnlyList<string> All => Table.Words;

    /// <summary>Every label, in declaration order.</summary>
    public static IReadOnlyList<string> Labels => Table.Labels;

    public static string Of(TEnum value) => Table.Word(value);

    public static string Label(TEnum value) => Table.Label(value);

    public static bool TryParse(string word, out TEnum value) => Table.TryParseWord(word, out value);

    public static bool TryParseLabel(string? label, out TEnum value) => Table.TryParseLabel(label, out value);
}
