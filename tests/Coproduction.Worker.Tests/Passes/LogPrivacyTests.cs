using System.Collections.Concurrent;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>Lived experience is health information: no log line may carry a name, a topic, a note or a message's text.</summary>
public sealed class LogPrivacyTests : IDisposable
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Passes_WithEveryLogLevelOn_NeverLogPeoplesNamesTopicsNotesOrTexts()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        await using var emulator = await GraphEmulator.StartAsync(options);
        using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
        await graph.Provisioner.ProvisionAsync(Site);
        var snapshots = new[] { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" }
            .Select(s => SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", s)))).ToList();
        foreach (var snapshot in snapshots)
        {
            await graph.ImportAsync(snapshot, Site);
        }

        var lines = new ConcurrentQueue<string>();
        using var host = RunCommand.Build(new Dictionary<string, string?>
        {
            ["Coproduction:Worker:Sites:0"] = Site,
            ["Coproduction:Worker:StatePath"] = _folder.File("state.db"),
            ["Coproduction:Graph:GraphUrl"] = emulator.GraphUrl,
            ["Logging:LogLevel:Default"] = "Trace",
        }, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), service: false, logging => logging.AddProvider(new Capture(lines)));
        var runner = host.Services.GetRequiredService<WorkerRunner>();
        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        lines.ShouldNotBeEmpty();
        var secrets = snapshots.SelectMany(s => s.People.Select(p => p.DisplayName)
                .Concat(s.People.SelectMany(p => p.Experience).SelectMany(e => e.Topics))
                .Concat(s.ChecklistNotes.Select(n => n.Note))
                .Concat(s.Decisions.Select(d => d.Summary))
                .Concat(s.Materials.Select(m => m.Title)))
            .Where(v => v.Length >= 4)

            // Ids are what logs are for: a tag that is part of a course's id (sleep in managing-sleep-2026) is not searched for.
            .Where(v => !snapshots.Any(s => s.Course.Id.Contains(v, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();
        foreach (var line in lines)
        {
            foreach (var secret in secrets)
            {
                line.Contains(secret, StringComparison.OrdinalIgnoreCase).ShouldBeFalse($"a log line holds '{secret}': {line}");
            }
        }
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
