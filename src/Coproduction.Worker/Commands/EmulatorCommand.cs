using System.CommandLine;
using System.Globalization;
using Coproduction.Emulator;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction emulator [--urls URL] [--site HOST/sites/NAME ...] [--tenant generous|sparse]</c>: the SharePoint emulator on
/// its own, for trying the Graph API with curl or pointing a client at it. Runs until Ctrl+C.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = "Where to listen. Default: http://127.0.0.1:5080. Only loopback unless --allow-remote is given.",
            DefaultValueFactory = _ => ["http://127.0.0.1:5080"],
            AllowMultipleArgumentsPerToken = true,
        };
        var sites = new Option<string[]>("--site")
        {
            Description = "A site to create, such as contoso.sharepoint.com/sites/recovery (repeatable).",
            HelpName = "HOST/sites/NAME",
            DefaultValueFactory = _ => ["contoso.sharepoint.com/sites/recovery"],
        };
        var budget = new Option<int?>("--resource-units-per-minute") { Description = "Throttle (429) past this many SharePoint resource units a minute." };
        var failRate = new Option<double>("--fail-rate") { Description = "The share of requests, 0 to 1, that answer 503." };
        var latency = new Option<int>("--latency-ms") { Description = "Milliseconds to wait before every answer." };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow listening beyond loopback. The emulator has no real security." };
        var tenant = new Option<string>("--tenant")
        {
            Description = "How to answer where the evidence of what SharePoint Online answers is open (docs/emulator.md): generous, or sparse (the least the evidence allows).",
            DefaultValueFactory = _ => "generous",
        };
        tenant.AcceptOnlyFromAmong("generous", "sparse");
        var command = new Command("emulator", "Run the SharePoint (Microsoft Graph) emulator until stopped with Ctrl+C.") { urls, sites, budget, failRate, latency, allowRemote, tenant };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var options = new GraphEmulatorOptions
            {
                AllowNonLoopback = parse.GetValue(allowRemote),
                Variant = parse.GetRequiredValue(tenant) == "sparse" ? TenantVariant.Sparse : TenantVariant.Generous,
            };
            options.Urls.Clear();
            foreach (var url in parse.GetRequiredValue(urls))
            {
                options.Urls.Add(url);
            }

            foreach (var site in parse.GetRequiredValue(sites))
            {
                options.Sites.Add(site);
            }

            GraphEmulator emulator;
            try
            {
                emulator = await GraphEmulator.StartAsync(options, cancellationToken);
            }
            catch (ArgumentException ex)
            {
                throw new InputException(ex.Message, ex);
            }
            catch (IOException ex)
            {
                throw new InputException($"cannot listen on {string.Join(", ", options.Urls)}: {ex.Message}", ex);
            }

            await using (emulator)
            {
                emulator.Faults.ResourceUnitsPerMinute = parse.GetValue(budget);
                emulator.Faults.ServiceUnavailableRate = parse.GetValue(failRate);
                emulator.Faults.Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency));
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Graph emulator listening on {emulator.GraphUrl}"));
                await stdout.FlushAsync(cancellationToken);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop listening and exit normally.
                }
            }
        });
        return command;
    }
}
