using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Coproduction.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
