namespace Coproduction.Text;

/// <summary>Shorthand for <see cref="Words{TEnum}.Of"/>.</summary>
internal static class WordExtensions
{
    public static string ToWord<TEnum>(this TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.Of(value);
}
