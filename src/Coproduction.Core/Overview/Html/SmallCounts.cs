using System.Globalization;

namespace Coproduction.Overview.Html;

/// <summary>A count of flags as the overview writes it: "none", "fewer than 3" below the smallest count shown, else the number.</summary>
internal static class SmallCounts
{
    public static bool Suppressed(int count, int smallest) => count > 0 && count < smallest;

    public static string Text(int count, int smallest) =>
        count == 0 ? "none" : Suppressed(count, smallest) ? $"fewer than {smallest.ToString(CultureInfo.InvariantCulture)}" : count.ToString(CultureInfo.InvariantCulture);
}
