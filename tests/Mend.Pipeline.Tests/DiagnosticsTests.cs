using System.Collections.Concurrent;

namespace Mend.Pipeline.Tests;

public class DiagnosticsTests
{
    [Fact]
    public async Task ErrorsFromSeveralModulesAndPipelinesInOnePhaseAreReportedTogether()
    {
        // Given two pipelines whose Process modules report errors, one pipeline from two modules
        var a = new Pipeline("a")
        {
            Process =
            [
                Modules.Report(Diagnostic.Error("E1", "first", "a.md", 1)),
                Modules.Report(Diagnostic.Error("E2", "second", "a.md", 2)),
            ],
        };
        var b = new Pipeline("b") { Process = [Modules.Report(Diagnostic.Error("E3", "third", "b.md", 1))] };

        // When the engine runs
        var result = await Run.Engine(a, b);

        // Then all three errors are in the result
        Assert.Equal(["E1", "E2", "E3"], result.Errors.Select(d => d.Code));
    }

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    [InlineData(Phase.Output)]
    public async Task EngineStopsAfterAPhaseWithErrors(Phase failing)
    {
        // Given a pipeline that reports an error in one phase and records which phases ran
        var log = new ConcurrentQueue<Phase>();
        var pipeline = Pipelines.With("a", phase => phase == failing
            ? [Modules.Observe((_, context) => log.Enqueue(context.Phase)), Modules.Report(Diagnostic.Error("E1", "broken"))]
            : [Modules.Observe((_, context) => log.Enqueue(context.Phase))]);

        // When the engine runs
        var result = await Run.Engine(pipeline);

        // Then the failing phase is the last that ran, and the result names it
        Assert.Equal(Enum.GetValues<Phase>().Where(p => p <= failing), log);
        Assert.Equal(failing, result.FailedPhase);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AfterAFailedPhaseOtherPipelinesStillFinishThatPhaseButNoLaterOne()
    {
        // Given "bad" failing in Process beside "good" that has modules in every phase
        var log = new ConcurrentQueue<string>();
        var bad = new Pipeline("bad") { Process = [Modules.Report(Diagnostic.Error("E1", "broken"))] };
        var good = new Pipeline("good")
        {
            Input = [Modules.Add("doc", "x")],
            Process = [Modules.Append(":process"), Modules.Record(log, "good:process")],
            PostProcess = [Modules.Record(log, "good:post")],
            Output = [Modules.Record(log, "good:output")],
        };

        // When the engine runs
        var result = await Run.Engine(bad, good);

        // Then good finished Process, nothing ran after it, and the outputs are those of Process
        Assert.Equal(["good:process"], log);
        Assert.Equal(Phase.Process, result.FailedPhase);
        Assert.Equal("x:process", Assert.Single(result.Outputs["good"]).Content);
    }

    [Fact]
    public async Task WarningsDoNotStopTheEngine()
    {
        // Given warnings in Input and Process
        var log = new ConcurrentQueue<string>();
        var pipeline = new Pipeline("a")
        {
            Input = [Modules.Report(Diagnostic.Warning("W1", "careful", "a.md", 3, 4))],
            Process = [Modules.Report(Diagnostic.Warning("W2", "still careful"))],
            Output = [Modules.Record(log, "output")],
        };

        // When the engine runs
        var result = await Run.Engine(pipeline);

        // Then every phase ran, the run succeeded, and the warnings are reported
        Assert.Equal(["output"], log);
        Assert.True(result.Succeeded);
        Assert.Null(result.FailedPhase);
        Assert.Empty(result.Errors);
        Assert.Equal(["W2", "W1"], result.Warnings.Select(d => d.Code));
    }

    [Fact]
    public async Task DiagnosticsAreSortedByFileLineColumnCodeAndMessage()
    {
        // Given diagnostics reported out of order from several pipelines and phases
        var reported = new[]
        {
            Diagnostic.Error("E2", "z", "b.md", 1, 1),
            Diagnostic.Warning("W1", "y", "a.md", 10, 1),
            Diagnostic.Error("E1", "x", "a.md", 2, 5),
            Diagnostic.Error("E1", "x", "a.md", 2, 3),
            Diagnostic.Error("E2", "b", "a.md", 2, 3),
            Diagnostic.Error("E2", "a", "a.md", 2, 3),
            Diagnostic.Error("E9", "no file"),
            Diagnostic.Error("E1", "x", "B.md", 1, 1),
        };
        var first = new Pipeline("first") { Input = [Modules.Report(reported[0]), Modules.Report(reported[1])] };
        var second = new Pipeline("second") { Input = [Modules.Report(reported[2]), Modules.Report(reported[3]), Modules.Report(reported[4])] };
        var third = new Pipeline("third") { Input = [Modules.Report(reported[5]), Modules.Report(reported[6]), Modules.Report(reported[7])] };

        // When the engine runs
        var result = await Run.Engine(first, second, third);

        // Then they come back in file (ordinal, no file first), line, column, code, message order
        Assert.Equal(
            [
                Diagnostic.Error("E9", "no file"),
                Diagnostic.Error("E1", "x", "B.md", 1, 1),
                Diagnostic.Error("E1", "x", "a.md", 2, 3),
                Diagnostic.Error("E2", "a", "a.md", 2, 3),
                Diagnostic.Error("E2", "b", "a.md", 2, 3),
                Diagnostic.Error("E1", "x", "a.md", 2, 5),
                Diagnostic.Warning("W1", "y", "a.md", 10, 1),
                Diagnostic.Error("E2", "z", "b.md", 1, 1),
            ],
            result.Diagnostics);
    }

    [Fact]
    public async Task TheSameDiagnosticReportedTwiceAppearsOnce()
    {
        // Given two pipelines reporting the same diagnostic
        var diagnostic = Diagnostic.Warning("W1", "shared", "_layout.html", 1, 1);
        var a = new Pipeline("a") { Process = [Modules.Report(diagnostic)] };
        var b = new Pipeline("b") { Process = [Modules.Report(diagnostic with { })] };

        // When the engine runs
        var result = await Run.Engine(a, b);

        // Then it is reported once
        Assert.Equal([diagnostic], result.Diagnostics);
    }

    [Theory]
    [InlineData(Severity.Error, "content/a.md", 3, 7, "content/a.md:3:7: error MD001: bad heading")]
    [InlineData(Severity.Warning, "content/a.md", 3, 7, "content/a.md:3:7: warning MD001: bad heading")]
    [InlineData(Severity.Error, "content/a.md", 3, 0, "content/a.md:3:1: error MD001: bad heading")]
    [InlineData(Severity.Error, "content/a.md", 0, 0, "content/a.md: error MD001: bad heading")]
    [InlineData(Severity.Error, null, 0, 0, "error MD001: bad heading")]
    [InlineData(Severity.Warning, null, 0, 0, "warning MD001: bad heading")]
    public void ToStringFormatsLocationSeverityCodeAndMessage(Severity severity, string? file, int line, int column, string expected)
    {
        // Given a diagnostic
        var diagnostic = new Diagnostic(severity, "MD001", "bad heading", file, line, column);

        // When it is formatted
        var text = diagnostic.ToString();

        // Then it reads like a compiler message
        Assert.Equal(expected, text);
    }

    [Fact]
    public void ToStringKeepsAMessageQuotingALineBreakOnOneLine()
    {
        var diagnostic = Diagnostic.Error("MD002", "unknown key 'a\nb.md:1:1: error MD000: forged'", "a.md", 2, 1);

        Assert.Equal(@"a.md:2:1: error MD002: unknown key 'a\nb.md:1:1: error MD000: forged'", diagnostic.ToString());
    }

    [Fact]
    public void FactoriesSetTheSeverity()
    {
        // Given an error and a warning made by the factories
        var error = Diagnostic.Error("E1", "m", "f.md", 1, 2);
        var warning = Diagnostic.Warning("W1", "m");

        // Then the severity and location are as given
        Assert.True(error.IsError);
        Assert.Equal(new Diagnostic(Severity.Error, "E1", "m", "f.md", 1, 2), error);
        Assert.False(warning.IsError);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public async Task AModuleThatThrowsBecomesAnMend900Error()
    {
        // Given a module that throws in Process, followed by another module, beside a healthy pipeline
        var log = new ConcurrentQueue<string>();
        var broken = new Pipeline("broken")
        {
            Process = [Modules.Throw(new FormatException("unexpected token")), Modules.Record(log, "broken:after")],
        };
        var healthy = new Pipeline("healthy") { Process = [Modules.Record(log, "healthy")] };

        // When the engine runs
        var result = await Run.Engine(broken, healthy);

        // Then the exception is an MEND900 error naming the pipeline, phase and message; the run stops after Process
        var error = Assert.Single(result.Errors);
        Assert.Equal("MEND900", error.Code);
        Assert.Contains("broken/Process", error.Message);
        Assert.Contains("unexpected token", error.Message);
        Assert.Equal(Phase.Process, result.FailedPhase);
        Assert.Equal(["healthy"], log);
    }

    [Fact]
    public async Task AModuleThatThrowsSynchronouslyBecomesAnMend900Error()
    {
        // Given a module whose ExecuteAsync throws before returning a task
        var pipeline = new Pipeline("a")
        {
            Input = [new LambdaModule((_, _) => throw new InvalidOperationException("boom"))],
        };

        // When the engine runs
        var result = await Run.Engine(pipeline);

        // Then it is reported, not thrown
        var error = Assert.Single(result.Errors);
        Assert.Equal("MEND900", error.Code);
        Assert.Contains("boom", error.Message);
        Assert.Equal(Phase.Input, result.FailedPhase);
    }
}
