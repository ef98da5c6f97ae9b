using System.CommandLine;
using Coproduction.Text;

namespace Coproduction.Worker.Cli;

/// <summary>Options that several commands share, each built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<FileInfo> SnapshotFile() => new("FILE")
    {
        Description = "A course snapshot (JSON, format coproduction-snapshot/1).",
    };

    /// <summary>Several course snapshots, one or more: what <c>import</c> and <c>overview</c> take.</summary>
    public static Argument<FileInfo[]> SnapshotFiles(string description) => new("FILE")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The smallest count a page writes as a number (<c>report</c>, <c>overview</c>), defaulting to the worker's own.</summary>
    public static Option<int> SmallestCount(string counted) => new("--smallest-count")
    {
        Description = $"The smallest count of {counted} written as a number; a smaller one reads 'fewer than N'. At least 2.",
        DefaultValueFactory = _ => new Report.EvidenceReportOptions().SmallestCountShown,
        HelpName = "N",
    };

    public static Option<DateTimeOffset?> AsOf() => new("--as-of")
    {
        Description = "The moment to assess for, ISO 8601 with an offset (2026-04-01T09:00:00Z). Default: the snapshot's asOf, else now.",
        HelpName = "TIME",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (IsoTime.TryParse(text, out var time))
            {
                return time;
            }

            result.AddError($"--as-of: '{text}' is not an ISO 8601 time with an offset, such as 2026-04-01T09:00:00Z");
            return null;
        },
    };

    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"The output format: {string.Join(" or ", formats)}.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<FileInfo?> OutputFile() => new("--output", "-o")
    {
        Description = "Write to this file (whole, or not at all) instead of standard output.",
        HelpName = "PATH",
    };

    public static Option<string> Site() => new("--site")
    {
        Description = "The SharePoint site, such as https://contoso.sharepoint.com/sites/recovery.",
        Required = true,
        HelpName = "URL",
    };

    /// <summary>Replaces the configured Graph URL (Coproduction:Graph:GraphUrl); the credential and the rest come from the configuration, as for <c>run</c>.</summary>
    public static Option<string?> GraphUrl() => new("--graph-url")
    {
        Description = "Microsoft Graph's base URL; by default the configured one (Coproduction:Graph:GraphUrl), else https://graph.microsoft.com/v1.0. A loopback URL (the emulator) needs no credential.",
        HelpName = "URL",
    };
}
