namespace Coproduction.Graph.Mapping;

/// <summary>A value that cannot be read into the model: caught where the item is read, which becomes a <see cref="DataProblem"/>.</summary>
internal sealed class DataProblemException(string column, string problem) : Exception($"{column}: {problem}")
{
    public string Column { get; } = column;

    public string Problem { get; } = problem;
}
