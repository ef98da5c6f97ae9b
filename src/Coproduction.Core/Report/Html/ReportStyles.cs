namespace Coproduction.Report.Html;

/// <summary>
/// The report's inline style sheet: readable on a phone, printable, and never relying on colour
/// alone (every status also has a word and a symbol). It prints on A4 with margins of its own (@page),
/// so that a PDF made without a print dialog's margins (Chromium's printToPDF has none) does not run
/// to the edge of the paper. tests/Coproduction.Browser.Tests holds the page to all of this in Chromium.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --met: #00703c; --partly: #8a4d00; --not: #b3261e; --bar: #1d70b8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 1rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-top: .5rem; border-top: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
        p, ul { margin: 0 0 .75rem; }
        .lede { color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        .item { border: 1px solid var(--line); border-left-width: .5rem; border-radius: .25rem; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
        .item.met { border-left-color: var(--met); }
        .item.partlyMet { border-left-color: var(--partly); }
        .item.notMet { border-left-color: var(--not); }
        .status { font-weight: 700; }
        .met .status { color: var(--met); }
        .partlyMet .status { color: var(--partly); }
        .notMet .status { color: var(--not); }
        .note { background: #f3f2f1; padding: .5rem .75rem; border-radius: .25rem; }
        .table-wrap { overflow-x: auto; margin: 0 0 1rem; }
        .chart-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        caption { text-align: left; font-weight: 600; padding: 0 0 .25rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 0 0 1rem; }
        figcaption { color: var(--muted); font-size: .9rem; }
        svg { width: 100%; height: auto; font: 12px system-ui, Arial, sans-serif; }
        .flag { border-left: .25rem solid var(--partly); padding: .25rem 0 .25rem .75rem; margin: 0 0 1rem; }
        footer { margin-top: 2rem; color: var(--muted); font-size: .9rem; }
        @media (max-width: 40rem) { main { padding: .75rem; } h1 { font-size: 1.4rem; } dl.facts { grid-template-columns: 1fr; } .chart-wrap svg { min-width: 36rem; } }
        @page { size: A4; margin: 15mm; }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } .table-wrap, .chart-wrap { overflow: visible; } figure { break-inside: avoid; } a { color: inherit; } }
        """;
}
