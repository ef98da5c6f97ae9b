using BenchmarkDotNet.Running;
using Coproduction.Benchmarks;

// dotnet run -c Release --project benchmarks/Coproduction.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Coproduction.Benchmarks -- comment-memory make|read ... (CommentReadingMemory)
if (args is ["comment-memory", .. var rest])
{
    CommentReadingMemory.Run(rest);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
