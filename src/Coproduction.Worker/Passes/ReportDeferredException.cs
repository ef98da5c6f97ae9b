namespace Coproduction.Worker.Passes;

/// <summary>
/// A course's evidence report could not be written this pass for a reason that clears (the file checked
/// out or open in Office: 423; too early: 425). The course's other writes go on, and it stays due, so
/// that the next pass writes the report, for as long as <c>ReassessEvery</c>; its message is this program's own words.
/// </summary>
internal sealed class ReportDeferredException(string reason, Exception inner) : Exception(reason, inner);
