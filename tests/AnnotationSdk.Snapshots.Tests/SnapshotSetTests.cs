namespace AnnotationSdk.Snapshots.Tests;

/// <summary>The suite itself: enough fixtures, each well-formed, and no snapshot left behind by a removed fixture.</summary>
public class SnapshotSetTests
{
    [Fact]
    public void There_are_at_least_fifteen_fixture_articles() =>
        Assert.True(FixtureArticle.Names.Count() >= 15, $"only {FixtureArticle.Names.Count()} fixtures");

    [Theory]
    [MemberData(nameof(FixtureArticle.All), MemberType = typeof(FixtureArticle))]
    public void Every_fixture_has_a_reference_date_and_an_article(string name)
    {
        var article = FixtureArticle.Load(name);

        Assert.True(DateOnly.TryParseExact(article.ReferenceDate, "yyyy-MM-dd", out _), article.ReferenceDate);
        Assert.True(article.Text.Length > 200, "a fixture is a whole article");
    }

    [Fact]
    public void The_crlf_fixture_really_has_crlf_line_breaks()
    {
        var crlf = FixtureArticle.Names.Where(n => n.EndsWith(".crlf", StringComparison.Ordinal)).Select(FixtureArticle.Load).ToList();

        Assert.NotEmpty(crlf);
        Assert.All(crlf, article => Assert.Contains("\r\n", article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_committed_snapshot_belongs_to_a_fixture()
    {
        var folder = FixtureArticle.SnapshotFolder();
        var snapshots = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.snap").Select(Path.GetFileNameWithoutExtension).ToList()
            : [];

        Assert.Empty(snapshots.Except(FixtureArticle.Names, StringComparer.Ordinal));
    }
}
