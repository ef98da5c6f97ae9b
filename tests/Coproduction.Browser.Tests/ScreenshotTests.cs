namespace Coproduction.Browser;

/// <summary>
/// The screenshots in docs/images, taken as the docs show them. Every run takes them and checks them;
/// only <c>COPRODUCTION_SCREENSHOTS=docs/images dotnet test tests/Coproduction.Browser.Tests</c> writes them.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pictured
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in PageCases.All.Where(c => c.Screenshots is not null))
            {
                foreach (var viewport in Viewports.Screens)
                {
                    data.Add(page.Name, viewport.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pictured))]
    public async Task Screenshot_PageAtViewport_IsAsWideAsTheWindow(string name, string viewport)
    {
        var pageCase = PageCases.Named(name);
        var size = Viewports.Named(viewport);
        await using var page = await OpenedPage.OpenAsync(browser.Browser, pageCase, size);

        var png = await Screenshots.TakeAsync(page.Page, size);

        var (width, height) = Screenshots.Size(png);
        width.ShouldBe(size.Width);
        height.ShouldBeGreaterThanOrEqualTo(size.Height);
        if (Screenshots.Folder() is { } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{pageCase.Screenshots}-{size.Name}.png"), png);
        }
    }
}
