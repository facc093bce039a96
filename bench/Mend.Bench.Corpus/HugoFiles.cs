using System.Globalization;
using System.Text;

namespace Mend.Bench.Corpus;

/// <summary>
/// The same corpus as a Hugo site: the guides (and the catalog's entries, one page each) as content with YAML front
/// matter, links written as relative URLs (Hugo has no xref: and does not fill empty link texts, so the text Mend
/// would fill in is written out), two configurations and minimal layouts that give a page of Mend's shape.
/// </summary>
public static class HugoFiles
{
    private const string BaseUrl = "https://bench.example.org/";

    public static IEnumerable<(string Path, string Text)> Of(CorpusPlan plan)
    {
        yield return ("hugo.toml", Config(minimal: true));
        yield return ("hugo-default.toml", Config(minimal: false));
        yield return ("content/_index.md", "---\ntitle: Mend benchmark corpus\n---\n");
        yield return ("content/guides/_index.md", "---\ntitle: Guides\n---\n");
        yield return ("content/ruptures/_index.md", "---\ntitle: Generated ruptures\n---\n");
        foreach (var guide in plan.Guides)
        {
            yield return ($"content/guides/{guide.Id}.md", Guide(plan, guide));
        }
        foreach (var entry in plan.Entries)
        {
            yield return ($"content/ruptures/{entry.Id}.md", Entry(plan, entry));
        }
        foreach (var (path, text) in Layouts)
        {
            yield return (path, text);
        }
    }

    /// <summary>
    /// Minimal: pages and sections only (no taxonomies, RSS, sitemap, robots.txt or 404 page). Default: Hugo's own
    /// defaults, which add the tags and categories taxonomies, RSS feeds, the sitemap and the 404 page.
    /// </summary>
    private static string Config(bool minimal) =>
        $"""
        baseURL = "{BaseUrl}"
        languageCode = "en"
        title = "Mend benchmark corpus"

        """
        + (minimal ? "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n" : "");

    private static string Guide(CorpusPlan plan, GuidePlan guide) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {guide.Title}
            description: {guide.Summary}
            weight: {guide.Index}
            tags: [{string.Join(", ", guide.Tags)}]
            ---

            """)
        + GuideBody.Write(plan, guide, link => Link(link, "../"));

    /// <summary>A link from a page one folder below its section: <c>[text](../g00042/#s2)</c>.</summary>
    private static string Link(LinkSpec link, string toGuides)
    {
        var text = link.Text.Length > 0 ? link.Text : link.Section?.Heading ?? link.Target.Title;
        var anchor = link.Section is null ? "" : "#" + link.Section.Anchor;
        return $"[{text}]({toGuides}{link.Target.Id}/{anchor})";
    }

    private static string Entry(CorpusPlan plan, EntryPlan entry)
    {
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $$"""
            ---
            title: {{entry.Title}}
            description: {{entry.Impact}}
            weight: {{entry.Index}}
            severity: {{entry.Severity}}
            relationships: [{{string.Join(", ", entry.Relationships)}}]
            tags: [{{string.Join(", ", entry.Tags)}}]
            ---
            ## What happened {#scenario}

            {{entry.Scenario}} See {{Link(entry.ScenarioLink, "../../guides/")}}.

            ## How it lands {#impact}

            {{entry.Impact}}

            ## A repair {#repair}

            > {{entry.Say}}


            """);
        foreach (var action in entry.Do)
        {
            page.Append(CultureInfo.InvariantCulture, $"- {action}\n");
        }
        page.Append("\n## Steps {#steps}\n\n");
        foreach (var (guide, section) in entry.Steps)
        {
            page.Append(CultureInfo.InvariantCulture, $"- [{section.Heading}](../../guides/{guide.Id}/#{section.Anchor}) in {guide.Title}\n");
        }
        if (entry.Related.Count > 0)
        {
            page.Append("\n## Related {#related}\n\n");
            foreach (var related in entry.Related)
            {
                page.Append(CultureInfo.InvariantCulture, $"- [{plan.Entries.First(e => e.Id == related).Title}](../{related}/)\n");
            }
        }
        return page.ToString();
    }

    private static readonly (string Path, string Text)[] Layouts =
    [
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ .Description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:url" content="{{ .Permalink }}">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="site-header">
              <a class="site-title" href="{{ "/" | relURL }}">{{ site.Title }}</a>
              <nav class="site-nav" aria-label="Main">
                <ul>
                  {{- range site.Sections }}
                  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                  {{- end }}
                </ul>
              </nav>
            </header>
            <main id="main">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><p>{{ site.Title }}</p></footer>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <nav aria-label="Breadcrumb" class="breadcrumb">
              <ol>
                <li><a href="{{ "/" | relURL }}">Home</a></li>
                {{- with .Parent }}{{ if not .IsHome }}
                <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{- end }}{{ end }}
                <li><span aria-current="page">{{ .Title }}</span></li>
              </ol>
            </nav>
            <article>
              <header>
                <h1>{{ .Title }}</h1>
                <p class="lead">{{ .Description }}</p>
              </header>
              {{ .Content }}
              {{- with .Params.tags }}
              <p class="tags"><span class="tags-label">Topics:</span>
              {{- range $i, $tag := . }}{{ if $i }},{{ end }} <a href="{{ printf "/tags/%s/" ($tag | urlize) | relURL }}">{{ $tag }}</a>{{ end }}
              </p>
              {{- end }}
            </article>
            <nav aria-label="Previous and next" class="pager">
              {{- with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">Previous {{ .Title }}</a>{{ end }}
              {{- with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">Next {{ .Title }}</a>{{ end }}
            </nav>
            {{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="entry-list">
              {{- range .Pages }}
              <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span>{{ .Description }}</span></li>
              {{- end }}
            </ul>
            {{ end }}

            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            {{- range site.Sections }}
            <section>
              <h2 id="{{ .Section }}">{{ .Title }}</h2>
              <ul class="entry-list">
                {{- range .Pages }}
                <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span>{{ .Description }}</span></li>
                {{- end }}
              </ul>
            </section>
            {{- end }}
            {{ end }}

            """),
    ];
}
