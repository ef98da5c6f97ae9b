using Microsoft.Playwright;

namespace Coproduction.Browser.Pages;

/// <summary>
/// The pictures of the pages in the docs. They are taken on every run (so that taking them is tested),
/// but written into the repository only when asked, by COPRODUCTION_SCREENSHOTS naming the folder
/// (docs/images, from the repository's root): a test run must never change the working tree.
/// </summary>
internal static class Screenshots
{
    public const string Variable = "COPRODUCTION_SCREENSHOTS";

    /// <summary>How much of the page the phone's picture shows: its top two screens, not all of its length.</summary>
    private const int PhoneHeight = 1624;

    public static async Task<byte[]> TakeAsync(IPage page, Viewport viewport) => viewport == Viewports.Phone
        ? await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = viewport.Width, Height = PhoneHeight } })
        : await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });

    /// <summary>The folder COPRODUCTION_SCREENSHOTS names, a relative one from the repository's root; null when it is not set.</summary>
    public static string? Folder()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } folder)
        {
            return null;
        }

        if (Path.IsPathRooted(folder))
        {
            return folder;
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Coproduction.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException($"{Variable}: no Coproduction.sln above {AppContext.BaseDirectory}"), folder);
    }

    /// <summary>A PNG's width and height, from its header.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        png.AsSpan(1, 3).SequenceEqual("PNG"u8).ShouldBeTrue("the screenshot is not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
