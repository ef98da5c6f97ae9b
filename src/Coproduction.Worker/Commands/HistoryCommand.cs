using System.CommandLine;
using Coproduction.Worker.Cli;
using Coproduction.Worker.History;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction history [--state PATH] [--format csv|json] [--site URL] [--course ID] [--output PATH]</c>:
/// each course's assessment at each change, from the worker's state file, for Power BI or Excel
/// (docs/history.md). It reads the file only, and asks Graph nothing.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var state = new Option<string?>("--state") { Description = "The worker's SQLite state file. Default: the worker's own (Coproduction:Worker:StatePath).", HelpName = "PATH" };
        var format = CommonOptions.Format("csv", "csv", "json");
        var site = new Option<string?>("--site") { Description = "Only this site's courses.", HelpName = "URL" };
        var course = new Option<string?>("--course") { Description = "Only this course (by its id), on every site it has been on.", HelpName = "ID" };
        var output = CommonOptions.OutputFile();
        var command = new Command("history", "Export each course's assessment at each change, from the worker's state, as CSV or JSON.") { state, format, site, course, output };
        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var path = parse.GetValue(state) ?? ConfiguredStatePath();
            var entries = HistoryFile.Read(path, parse.GetValue(site), parse.GetValue(course));
            var text = parse.GetRequiredValue(format) == "json" ? HistoryJson.Write(entries) : HistoryCsv.Write(entries);
            await CommandOutput.WriteAsync(text, parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }

    /// <summary>The state file the worker is configured with (appsettings.json, the environment), as <c>run</c> reads it; else its default.</summary>
    private static string ConfiguredStatePath()
    {
        using var host = RunCommand.Build(new Dictionary<string, string?>(), TimeProvider.System, service: false);
        return host.Services.GetRequiredService<IConfiguration>()[$"{WorkerOptions.Section}:StatePath"] is { Length: > 0 } path ? path : WorkerOptions.DefaultStatePath();
    }
}
