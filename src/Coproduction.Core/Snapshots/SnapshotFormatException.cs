namespace Coproduction.Snapshots;

/// <summary>
/// A course snapshot document was rejected. <see cref="Exception.Message"/> names the JSON path of
/// the first problem and what is wrong there, for example
/// <c>$.activities[3].on: no material or decision has id 'm9'</c>. It never repeats a value the
/// document holds, which may be a person's words, except the id of a reference that names nothing;
/// a taxonomy entry is named by its position (<c>$.taxonomy[2]</c>), not by its topic.
/// </summary>
public sealed class SnapshotFormatException : Exception
{
    /// <summary>Creates the exception for a problem at a JSON path.</summary>
    /// <param name="path">The JSON path of the problem, such as <c>$.people[2].membership</c>.</param>
    /// <param name="problem">What is wrong there, in plain English.</param>
    /// <param name="innerException">The parser's own exception, if any.</param>
    public SnapshotFormatException(string path, string problem, Exception? innerException = null)
        : base($"{path}: {problem}", innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The JSON path of the first problem.</summary>
    public string Path { get; }

    /// <summary>What is wrong at <see cref="Path"/>.</summary>
    public string Problem { get; }
}
