using BenchmarkDotNet.Attributes;

namespace ProbationCase.Benchmarks;

/// <summary>
/// BenchmarkDotNet's view of <see cref="ReadPaths"/>: one case per read path. It runs in process
/// (one invocation per iteration, so each measurement is one page's read) against the host and
/// subjects the program set up before starting it.
/// </summary>
public class ReadPathBenchmarks
{
    public static BenchmarkHost? Host { get; set; }

    public static BenchmarkSubjects? Subjects { get; set; }

    public static IEnumerable<string> Paths => ReadPaths.All.Select(path => path.Name);

    [ParamsSource(nameof(Paths))]
    public string Path { get; set; } = string.Empty;

    [Benchmark]
    public Task<int> Read()
    {
        var host = Host ?? throw new InvalidOperationException("Set ReadPathBenchmarks.Host before running.");
        var subjects = Subjects ?? throw new InvalidOperationException("Set ReadPathBenchmarks.Subjects before running.");
        return ReadPaths.All.Single(path => path.Name == Path).RunAsync(host, subjects);
    }
}
