using System.Runtime.CompilerServices;

// The comment reader is internal; its benchmark (benchmarks/Coproduction.Benchmarks, CommentReadingBenchmarks)
// reads documents through it as the worker does. Declared here, beside what it opens, rather than in the project file.
[assembly: InternalsVisibleTo("Coproduction.Benchmarks")]
