using YamlDotNet.RepresentationModel;

namespace Mend.Site.Tests.Deployment;

/// <summary>The GitHub workflows parse, and name the jobs, steps and permissions that Pages deployment needs.</summary>
public sealed class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Join(Repo.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    private static List<string> Uses(YamlMappingNode job) =>
        [.. Steps(job).Where(s => s.Children.ContainsKey("uses")).Select(s => Text(s, "uses").Split('@')[0])];

    [Fact]
    public void PagesRunsOnPushToMainAndByHandWithOneDeploymentAtATime()
    {
        var workflow = Load("pages.yml");

        var on = Map(workflow, "on");
        Assert.Contains("main", ((YamlSequenceNode)Map(on, "push")["branches"]).Children.Select(c => c.ToString()));
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        Assert.Equal("pages", Text(Map(workflow, "concurrency"), "group"));
        Assert.Equal("false", Text(Map(workflow, "concurrency"), "cancel-in-progress"));
    }

    [Fact]
    public void TheBuildJobConfiguresPagesBuildsWithItsUrlAndUploadsThePagesArtifact()
    {
        var build = Map(Map(Load("pages.yml"), "jobs"), "build");

        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/upload-pages-artifact"], Uses(build));
        var run = Steps(build).Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run")).Single();
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", run, StringComparison.Ordinal);
        Assert.Equal("pages", Text(Steps(build).Single(s => s.Children.ContainsKey("id")), "id"));
    }

    [Fact]
    public void TheDeployJobDeploysWithThePermissionsAndEnvironmentGitHubDocuments()
    {
        var deploy = Map(Map(Load("pages.yml"), "jobs"), "deploy");

        Assert.Equal("build", deploy["needs"].ToString());
        Assert.Equal(("write", "write"), (Text(Map(deploy, "permissions"), "pages"), Text(Map(deploy, "permissions"), "id-token")));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        Assert.Equal(["actions/deploy-pages"], Uses(deploy));
    }

    [Fact]
    public void TheBundleJobUploadsTheZipAndAttachesItToAReleaseOnAVersionTag()
    {
        var workflow = Load("pages.yml");
        var bundle = Map(Map(workflow, "jobs"), "bundle");

        Assert.Contains("v*", ((YamlSequenceNode)Map(Map(workflow, "on"), "push")["tags"]).Children.Select(c => c.ToString()));
        Assert.Contains("bundle --output artifacts/mend-offline.zip", string.Join('\n', Steps(bundle).Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run"))), StringComparison.Ordinal);
        Assert.Contains("actions/upload-artifact", Uses(bundle));
        var release = Steps(bundle).Single(s => s.Children.ContainsKey("if"));
        Assert.Equal("startsWith(github.ref, 'refs/tags/v')", Text(release, "if"));
        Assert.Contains("gh release upload", Text(release, "run"), StringComparison.Ordinal);
        Assert.Equal("write", Text(Map(bundle, "permissions"), "contents"));
    }
}
