using BenchmarkDotNet.Running;
using Mend.Bench.Micro;

// Run by hand: dotnet run -c Release --project bench/Mend.Bench.Micro -- --filter '*'
// Results go to artifacts/bench/micro/ unless --artifacts says otherwise.
var options = args.Contains("--artifacts")
    ? args
    : [.. args, "--artifacts", Path.Combine(BenchCorpus.RepositoryRoot(), "artifacts", "bench", "micro")];
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpus).Assembly).Run(options);
