namespace Coproduction.Browser.Pages;

/// <summary>The widths a page must hold at, and the one it prints at.</summary>
internal static class Viewports
{
    public static readonly Viewport Phone = new("phone", 375, 812);

    public static readonly Viewport Desktop = new("desktop", 1280, 800);

    /// <summary>
    /// An A4 page less the report's print margins (@page margin 15mm), in CSS pixels (96 to the inch):
    /// (210 - 2 × 15) mm = 680 px wide, (297 - 2 × 15) mm ≈ 1009 px high.
    /// </summary>
    public static readonly Viewport A4Printable = new("a4", 680, 1009);

    public static readonly IReadOnlyList<Viewport> Screens = [Phone, Desktop];

    public static Viewport Named(string name) => Screens.Single(v => v.Name == name);
}

internal sealed record Viewport(string Name, int Width, int Height);
