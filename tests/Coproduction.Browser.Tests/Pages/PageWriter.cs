using System.Collections.Concurrent;
using System.CommandLine;
using Coproduction.Worker.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Browser.Pages;

/// <summary>
/// Writes a case's page by running the <c>coproduction</c> command line in-process, with <c>--output</c>
/// to a file as a person would, at a fixed moment, so that the page (and its screenshots) are the same
/// on every run. Each page is written once a run.
/// </summary>
internal static class PageWriter
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Written = new();

    public static Task<string> HtmlAsync(PageCase page) =>
        Written.GetOrAdd(page.Name, _ => new Lazy<Task<string>>(() => WriteAsync(page))).Value;

    private static async Task<string> WriteAsync(PageCase page)
    {
        var folder = Directory.CreateTempSubdirectory("coproduction-browser-");
        try
        {
            var file = Path.Combine(folder.FullName, page.Name + ".html");
            using var error = new StringWriter();
            var exitCode = await CoproductionCommand.InvokeAsync(
                [.. page.Arguments, "--output", file], new FakeTimeProvider(Now), new InvocationConfiguration { Output = TextWriter.Null, Error = error });
            exitCode.ShouldBe(0, $"coproduction {string.Join(' ', page.Arguments)}: {error}");
            return await File.ReadAllTextAsync(file);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
