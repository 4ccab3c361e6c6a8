using System.Text.RegularExpressions;
using AnnotationSdk.Analyzers.Tests.Verification;

namespace AnnotationSdk.Analyzers.Tests;

public class RuleDocumentationTests
{
    private static readonly string DocsFolder = Path.Combine(AppContext.BaseDirectory, "docs");

    public static TheoryData<string> RuleIds => new(RuleCatalog.Descriptors.Select(d => d.Id));

    [Fact]
    public void Catalog_has_at_least_eight_rules_with_unique_ids()
    {
        Assert.True(RuleCatalog.Descriptors.Count >= 8);
        Assert.Equal(RuleCatalog.Descriptors.Count, RuleCatalog.Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_with_its_title_and_a_bad_and_a_good_example(string id)
    {
        var descriptor = RuleCatalog.Descriptors.Single(d => d.Id == id);
        var path = Path.Combine(DocsFolder, id + ".md");
        Assert.True(File.Exists(path), $"docs/analyzers/{id}.md is missing");

        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^## Bad\s+```csharp\n.+?```", RegexOptions.Multiline | RegexOptions.Singleline), page);
        Assert.Matches(new Regex(@"^## Good\s+```csharp\n.+?```", RegexOptions.Multiline | RegexOptions.Singleline), page);
        Assert.Equal($"https://github.com/annotationsdk/annotationsdk/blob/main/docs/analyzers/{id}.md", descriptor.HelpLinkUri);
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(Path.Combine(DocsFolder, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_belongs_to_a_rule()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(DocsFolder, "ANN*.md").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Fact]
    public void Every_rule_is_reported_by_exactly_one_analyzer()
    {
        var supported = RuleCatalog.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();

        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).Order(), supported.Order());
    }
}
