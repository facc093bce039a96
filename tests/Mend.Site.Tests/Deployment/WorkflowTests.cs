using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Mend.Site.Tests.Deployment;

/// <summary>
/// The GitHub workflows parse, test before they publish, build the offline copy for the real address, never let
/// a push drop a tag's release, and use each action at a current major version; Dependabot keeps them current.
/// </summary>
public sealed class WorkflowTests
{
    /// <summary>The oldest major version of each action the workflows may use: the current ones when this was written.</summary>
    private static readonly Dictionary<string, int> CurrentMajors = new()
    {
        ["actions/checkout"] = 7,
        ["actions/setup-dotnet"] = 5,
        ["actions/configure-pages"] = 6,
        ["actions/upload-pages-artifact"] = 5,
        ["actions/deploy-pages"] = 5,
        ["actions/upload-artifact"] = 7,
        ["actions/download-artifact"] = 8,
    };

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Join(Repo.Root, ".github", path))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Workflow(string name) => Load(Path.Join("workflows", name));

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(key);

    private static YamlMappingNode Job(string workflow, string job) => Map(Map(Workflow(workflow), "jobs"), job);

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    private static List<string> Uses(YamlMappingNode job) =>
        [.. Steps(job).Where(s => Has(s, "uses")).Select(s => Text(s, "uses").Split('@')[0])];

    private static string Runs(YamlMappingNode job) =>
        string.Join('\n', Steps(job).Where(s => Has(s, "run")).Select(s => Text(s, "run")));

    private static List<string> Needs(YamlMappingNode job) =>
        job["needs"] is YamlSequenceNode list ? [.. list.Children.Select(c => c.ToString())] : [job["needs"].ToString()];

    public static TheoryData<string> WorkflowFiles() =>
        [.. Directory.EnumerateFiles(Path.Join(Repo.Root, ".github", "workflows"), "*.yml").Select(file => new FileInfo(file).Name).Order()];

    [Fact]
    public void CiRunsWhatDotCiRunRunsOnEveryPushAndPullRequestAndWhenPagesCallsIt()
    {
        var workflow = Workflow("ci.yml");
        var on = Map(workflow, "on");
        var job = Job("ci.yml", "ci");

        Assert.True(Has(on, "push") && Has(on, "pull_request") && Has(on, "workflow_call"));
        Assert.Equal(["actions/checkout", "actions/setup-dotnet"], Uses(job));
        Assert.Equal("bash .ci/run", Text(Steps(job)[^1], "run"));
    }

    [Fact]
    public void PagesTestsWithTheCiWorkflowBeforeItBuildsAndBuildsBeforeItDeploysOrReleases()
    {
        var jobs = Map(Workflow("pages.yml"), "jobs");

        Assert.Equal("./.github/workflows/ci.yml", Text(jobs["test"], "uses"));
        Assert.Equal(["test"], Needs(Map(jobs, "build")));
        Assert.Equal(["build"], Needs(Map(jobs, "deploy")));
        Assert.Equal(["build"], Needs(Map(jobs, "release")));
        Assert.Equal("github.ref == 'refs/heads/main'", Text(jobs["deploy"], "if"));
        Assert.Equal("startsWith(github.ref, 'refs/tags/v')", Text(jobs["release"], "if"));
    }

    [Fact]
    public void PagesRunsOnPushToMainOnAVersionTagAndByHand()
    {
        var on = Map(Workflow("pages.yml"), "on");

        Assert.Contains("main", ((YamlSequenceNode)Map(on, "push")["branches"]).Children.Select(c => c.ToString()));
        Assert.Contains("v*", ((YamlSequenceNode)Map(on, "push")["tags"]).Children.Select(c => c.ToString()));
        Assert.True(Has(on, "workflow_dispatch"));
    }

    [Fact]
    public void TheSiteAndTheOfflineCopyAreBothBuiltForThePagesAddress()
    {
        var build = Job("pages.yml", "build");
        var runs = Runs(build).Split('\n');

        Assert.Equal("pages", Text(Steps(build).Single(s => Has(s, "id")), "id"));
        const string address = "--base-url \"${{ steps.pages.outputs.base_url }}/\"";
        Assert.Contains(runs, run => run.Contains(" build ", StringComparison.Ordinal) && run.EndsWith(address, StringComparison.Ordinal));
        Assert.Contains(runs, run => run.Contains(" bundle ", StringComparison.Ordinal) && run.EndsWith(address, StringComparison.Ordinal));
        Assert.Contains("actions/upload-pages-artifact", Uses(build));
        Assert.Contains("actions/upload-artifact", Uses(build));
    }

    [Fact]
    public void OnlyTheDeploymentIsQueuedSoAPushToMainCanNeverDropATagsRelease()
    {
        var workflow = Workflow("pages.yml");
        var deploy = Job("pages.yml", "deploy");

        Assert.False(Has(workflow, "concurrency"), "a workflow-wide concurrency group cancels a waiting tag run when main is pushed");
        Assert.Equal(("pages", "false"), (Text(Map(deploy, "concurrency"), "group"), Text(Map(deploy, "concurrency"), "cancel-in-progress")));
        Assert.All(new[] { "test", "build", "release" }, job => Assert.False(Has(Map(Map(workflow, "jobs"), job), "concurrency"), job));
    }

    [Fact]
    public void TheDeployJobDeploysWithThePermissionsAndEnvironmentGitHubDocuments()
    {
        var deploy = Job("pages.yml", "deploy");

        Assert.Equal(("write", "write"), (Text(Map(deploy, "permissions"), "pages"), Text(Map(deploy, "permissions"), "id-token")));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        Assert.Equal(["actions/deploy-pages"], Uses(deploy));
    }

    [Fact]
    public void TheReleaseJobAttachesTheBundleTheBuildJobMade()
    {
        var release = Job("pages.yml", "release");

        Assert.Equal(["actions/download-artifact"], Uses(release));
        Assert.Contains("gh release upload \"$GITHUB_REF_NAME\" artifacts/mend-offline.zip", Runs(release), StringComparison.Ordinal);
        Assert.Equal("write", Text(Map(release, "permissions"), "contents"));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void EveryActionIsAtACurrentMajorVersion(string file)
    {
        var uses = Map(Workflow(file), "jobs").Children.Values.Cast<YamlMappingNode>()
            .Where(job => Has(job, "steps"))
            .SelectMany(job => Steps(job).Where(s => Has(s, "uses")).Select(s => Text(s, "uses")))
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, use =>
        {
            var (action, version) = (use.Split('@')[0], use.Split('@')[1]);
            Assert.True(CurrentMajors.TryGetValue(action, out var current), $"{file}: {action} is not in the list of known actions");
            Assert.True(int.Parse(version.TrimStart('v').Split('.')[0], CultureInfo.InvariantCulture) >= current,
                $"{file}: {use} is older than v{current}");
        });
    }

    [Fact]
    public void DependabotUpdatesTheNuGetPackagesTheHtmlCheckersNpmLockAndTheActions()
    {
        var updates = ((YamlSequenceNode)Load("dependabot.yml")["updates"]).Children.Cast<YamlMappingNode>()
            .Select(u => (Text(u, "package-ecosystem"), Text(u, "directory")));

        Assert.Equal([("nuget", "/"), ("npm", "/tests/html-validation"), ("github-actions", "/")], updates);
        Assert.True(File.Exists(Path.Join(Repo.Root, "Directory.Packages.props")));
        Assert.True(File.Exists(Path.Join(Repo.Root, "tests", "html-validation", "package-lock.json")));
    }
}
