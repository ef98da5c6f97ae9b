using System.Globalization;
using System.Text;

namespace Coproduction.Emulator.Api;

/// <summary>
/// What a delta token stands for. Changes numbered above <see cref="After"/> and up to
/// <see cref="UpTo"/> are still to be paged; <see cref="From"/> is where this round began, so that
/// tokens from before an expiry can be told apart. A first sync lists the items there are, without
/// deletions; a deltaLink (<c>From == UpTo == After</c>, not first) lists everything since.
/// </summary>
internal readonly record struct DeltaToken(long From, long UpTo, long After, bool First)
{
    public bool IsDeltaLink => !First && From == UpTo && UpTo == After;

    public string Encode() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{From}.{UpTo}.{After}.{(First ? 1 : 0)}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string token, out DeltaToken decoded)
    {
        decoded = default;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(padded)).Split('.');
            if (parts.Length != 4
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var upTo)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var after)
                || parts[3] is not ("0" or "1")
                || after > upTo)
            {
                return false;
            }

            decoded = new DeltaToken(from, upTo, after, parts[3] == "1");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
